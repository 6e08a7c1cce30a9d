package lu.boutik.marketplace;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lu.boutik.core.web.Problem;
import lu.boutik.marketplace.client.InventoryUnitState;
import lu.boutik.marketplace.client.Letzshop;
import lu.boutik.marketplace.client.ShipmentState;
import lu.boutik.marketplace.client.TrackingCarrier;
import lu.boutik.marketplace.client.UnitDecision;
import lu.boutik.orders.MarketplaceOrders;
import lu.boutik.orders.OrderManagement;
import lu.boutik.orders.OrderStatus;

/**
 * What a store does with its Letzshop shipments: confirm or decline units, any subset at a time, and report tracking.
 * Boutik records what Letzshop accepted, and the store's order follows the shipment's state.
 */
@Service
class Fulfilment {

	private final LetzshopSettings settings;
	private final Letzshop letzshop;
	private final ImportedShipments shipments;
	private final OrderManagement orders;
	private final MarketplaceOrders marketplaceOrders;
	private final Clock clock;

	Fulfilment(LetzshopSettings settings, Letzshop letzshop, ImportedShipments shipments, OrderManagement orders,
			MarketplaceOrders marketplaceOrders, Clock clock) {

		this.settings = settings;
		this.letzshop = letzshop;
		this.shipments = shipments;
		this.orders = orders;
		this.marketplaceOrders = marketplaceOrders;
		this.clock = clock;
	}

	/** What Boutik sent as tracking, and what Letzshop reported back. */
	record TrackingSent(TrackingCarrier carrier, String code, Instant sentAt, boolean confirmedByLetzshop) {
	}

	/**
	 * Confirms or declines units of one shipment. Units of other shipments, or of other stores, are refused before
	 * anything is sent.
	 */
	@Transactional
	ImportedShipments.ImportedShipment decide(UUID storeId, String shipmentId, List<UnitDecision> decisions) {

		var shipment = shipment(storeId, shipmentId);

		var ownUnits = new HashSet<String>();
		shipment.units().forEach(it -> ownUnits.add(it.unitId()));
		var seen = new HashSet<String>();
		for (var decision : decisions) {
			if (!ownUnits.contains(decision.inventoryUnitId()) || !seen.add(decision.inventoryUnitId())) {
				throw Problem.invalidField("units", "distinct units of this shipment");
			}
		}

		var states = letzshop.decide(settings.endpoint(storeId), decisions);
		var now = clock.instant();
		for (var decision : decisions) {
			var state = states.getOrDefault(decision.inventoryUnitId(), decision.available()
					? InventoryUnitState.CONFIRMED_AVAILABLE : InventoryUnitState.CONFIRMED_UNAVAILABLE);
			shipments.unitDecided(storeId, decision.inventoryUnitId(), state, now);
		}

		var updated = shipment(storeId, shipmentId);
		var state = stateOf(updated.units());
		shipments.stateChanged(storeId, shipmentId, state);
		marketplaceOrders.follow(storeId, updated.orderId(), switch (state) {
			case UNCONFIRMED -> OrderStatus.NEW;
			case CONFIRMED -> OrderStatus.CONFIRMED;
			case DECLINED -> OrderStatus.CANCELLED;
		});
		return shipment(storeId, shipmentId);
	}

	/**
	 * Sends the tracking number to Letzshop and keeps it: on the shipment, since Letzshop has been seen to lose
	 * tracking, and on the order, which then counts as shipped.
	 */
	@Transactional
	TrackingSent track(UUID storeId, String shipmentId, TrackingCarrier carrier, String code) {

		var shipment = shipment(storeId, shipmentId);
		if (shipment.state() != ShipmentState.CONFIRMED) {
			throw new Problem(HttpStatus.CONFLICT, "shipment-not-confirmed", "Shipment not confirmed",
					"Only a confirmed shipment can be given tracking; confirm or decline every unit first.");
		}

		var reported = letzshop.track(settings.endpoint(storeId), shipmentId, carrier, code.strip());
		var now = clock.instant();

		shipments.trackingSent(storeId, shipmentId, carrier, code.strip(), now);
		orders.recordTracking(storeId, shipment.orderId(), carrier.wire(), code.strip());
		marketplaceOrders.follow(storeId, shipment.orderId(), OrderStatus.SHIPPED);

		var confirmed = reported.filter(it -> code.strip().equals(it.code())).isPresent();
		return new TrackingSent(carrier, code.strip(), now, confirmed);
	}

	ImportedShipments.ImportedShipment shipment(UUID storeId, String shipmentId) {
		return shipments.of(storeId, shipmentId).orElseThrow(() -> Problem.notFound("shipment"));
	}

	/** A shipment waits while any unit does; it is declined when no unit is available. */
	static ShipmentState stateOf(List<ImportedShipments.Unit> units) {

		var states = units.stream().map(ImportedShipments.Unit::state).toList();
		if (states.contains(InventoryUnitState.UNCONFIRMED)) {
			return ShipmentState.UNCONFIRMED;
		}
		return states.contains(InventoryUnitState.CONFIRMED_AVAILABLE) ? ShipmentState.CONFIRMED
				: ShipmentState.DECLINED;
	}
}
