package lu.boutik.marketplace.client;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A shipment's state, which follows from its units.
 */
public enum ShipmentState {

	UNCONFIRMED, CONFIRMED, DECLINED;

	/** The name in Letzshop's schema. */
	@JsonValue
	public String wire() {
		return WireEnum.wire(this);
	}

	/** Reads a schema name, refusing one the schema does not have before anything is sent. */
	@JsonCreator
	public static ShipmentState parse(String value) {
		return WireEnum.parse(ShipmentState.class, "state", value);
	}
}
