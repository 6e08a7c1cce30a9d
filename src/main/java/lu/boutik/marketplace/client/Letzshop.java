package lu.boutik.marketplace.client;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Letzshop's vendor API in Boutik's terms: each operation is one {@link LetzshopDocument} and a map of variables.
 */
public final class Letzshop {

	/** Shipments asked for per page, unless told otherwise. */
	public static final int PAGE_SIZE = 50;

	private final LetzshopClient client;
	private final int pageSize;

	public Letzshop(LetzshopClient client) {
		this(client, PAGE_SIZE);
	}

	public Letzshop(LetzshopClient client, int pageSize) {

		if (pageSize < 1 || pageSize > 100) {
			throw new IllegalArgumentException("pageSize must be between 1 and 100");
		}
		this.client = client;
		this.pageSize = pageSize;
	}

	public ShipmentPage shipments(LetzshopEndpoint endpoint, ShipmentState state, @Nullable String after) {

		var variables = new LinkedHashMap<String, @Nullable Object>();
		variables.put("state", state.wire());
		variables.put("first", pageSize);
		variables.put("after", after == null ? null : Inputs.requireText("after", after, 1024));

		var data = client.execute(endpoint, LetzshopDocument.SHIPMENTS, variables);
		return read(data.path("shipments"), ShipmentPage.class);
	}

	public Optional<Shipment> shipment(LetzshopEndpoint endpoint, String id) {

		var node = shipmentAsJson(endpoint, id);
		return node.isNull() || node.isMissingNode() ? Optional.empty() : Optional.of(read(node, Shipment.class));
	}

	/** The shipment as Letzshop answered it, for tools that show the answer rather than use it. */
	public JsonNode shipmentAsJson(LetzshopEndpoint endpoint, String id) {

		var variables = Map.of("id", Inputs.requireId("id", id));
		return client.execute(endpoint, LetzshopDocument.SHIPMENT, variables).path("shipment");
	}

	/**
	 * Confirms or declines the given units, any subset of a shipment's. Returns the units' states as Letzshop reports
	 * them after the change.
	 *
	 * @throws LetzshopRejected when Letzshop reports an error for any unit
	 */
	public Map<String, InventoryUnitState> decide(LetzshopEndpoint endpoint, List<UnitDecision> decisions) {

		if (decisions.isEmpty() || decisions.size() > 500) {
			throw new LetzshopRefused("Between 1 and 500 units can be decided at once");
		}

		var variables = Map.of("input", Map.of("inventoryUnits", decisions));
		var payload = client.execute(endpoint, LetzshopDocument.CONFIRM_INVENTORY_UNITS, variables)
				.path("confirmInventoryUnits");
		rejectUserErrors(payload);

		var states = new LinkedHashMap<String, InventoryUnitState>();
		payload.path("inventoryUnits").forEach(it -> states.put(it.path("id").asString(),
				InventoryUnitState.parse(it.path("state").asString())));
		return states;
	}

	/** Sets the tracking number of a shipment and returns the tracking Letzshop reports back, if any. */
	public Optional<Shipment.Tracking> track(LetzshopEndpoint endpoint, String shipmentId, TrackingCarrier carrier,
			String code) {

		var input = new LinkedHashMap<String, Object>();
		input.put("shipmentId", Inputs.requireId("shipmentId", shipmentId));
		input.put("code", Inputs.requireText("code", code, 100));
		input.put("carrier", carrier.wire());

		var payload = client.execute(endpoint, LetzshopDocument.SET_SHIPMENT_TRACKING, Map.of("input", input))
				.path("setShipmentTracking");
		rejectUserErrors(payload);

		var tracking = payload.path("shipment").path("tracking");
		return tracking.isObject() ? Optional.of(read(tracking, Shipment.Tracking.class)) : Optional.empty();
	}

	public Optional<Vendor> vendor(LetzshopEndpoint endpoint) {

		var node = client.execute(endpoint, LetzshopDocument.VENDOR, Map.of()).path("vendor");
		return node.isObject() ? Optional.of(read(node, Vendor.class)) : Optional.empty();
	}

	/** The schema the endpoint reports about itself. */
	public JsonNode introspect(LetzshopEndpoint endpoint) {
		return client.execute(endpoint, LetzshopDocument.INTROSPECTION, Map.of());
	}

	private static void rejectUserErrors(JsonNode payload) {

		var errors = payload.path("errors");
		if (errors.isArray() && !errors.isEmpty()) {

			var messages = new ArrayList<String>();
			errors.forEach(it -> messages.add(it.path("code").asString("error") + " "
					+ it.path("id").asString("") + ": " + it.path("message").asString("")));
			throw new LetzshopRejected(messages);
		}
	}

	private static <T> T read(JsonNode node, Class<T> type) {

		try {
			return LetzshopClient.JSON.treeToValue(node, type);
		} catch (JacksonException | LetzshopRefused e) {
			throw new LetzshopRejected(List.of("Unexpected answer for " + type.getSimpleName()));
		}
	}
}
