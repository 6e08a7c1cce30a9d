package lu.boutik.marketplace.client;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The carriers Letzshop knows for tracking numbers.
 */
public enum TrackingCarrier {

	POST_LUXEMBOURG, DHL, DPD, GLS, UPS, FEDEX, BPOST, COLISSIMO, OTHER;

	/** The name in Letzshop's schema. */
	@JsonValue
	public String wire() {
		return WireEnum.wire(this);
	}

	/** Reads a schema name, refusing one the schema does not have before anything is sent. */
	@JsonCreator
	public static TrackingCarrier parse(String value) {
		return WireEnum.parse(TrackingCarrier.class, "carrier", value);
	}
}
