package lu.boutik.marketplace.client;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Confirms ({@code available}) or declines one inventory unit.
 */
public record UnitDecision(@JsonProperty("inventoryUnitId") String inventoryUnitId,
		@JsonProperty("isAvailable") boolean available) {

	public UnitDecision {
		Inputs.requireId("inventoryUnitId", inventoryUnitId);
	}
}
