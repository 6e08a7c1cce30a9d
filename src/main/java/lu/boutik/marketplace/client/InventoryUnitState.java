package lu.boutik.marketplace.client;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The state of one inventory unit.
 */
public enum InventoryUnitState {

	UNCONFIRMED, CONFIRMED_AVAILABLE, CONFIRMED_UNAVAILABLE, RETURNED;

	/** The name in Letzshop's schema. */
	@JsonValue
	public String wire() {
		return WireEnum.wire(this);
	}

	/** Reads a schema name, refusing one the schema does not have before anything is sent. */
	@JsonCreator
	public static InventoryUnitState parse(String value) {
		return WireEnum.parse(InventoryUnitState.class, "state", value);
	}
}
