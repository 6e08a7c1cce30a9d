package lu.boutik.marketplace;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import lu.boutik.core.web.Problem;
import lu.boutik.marketplace.client.InventoryUnitState;
import lu.boutik.marketplace.client.Letzshop;
import lu.boutik.marketplace.client.LetzshopFailure;
import lu.boutik.marketplace.client.ShipmentState;
import lu.boutik.marketplace.client.TrackingCarrier;
import lu.boutik.marketplace.client.UnitDecision;

/**
 * Everything the store and admin endpoints offer about one store's Letzshop connection, for a store id that the
 * caller's credentials already proved it may touch.
 */
@Service
class LetzshopDesk {

	static final int LIST_LIMIT = 100;
	private static final Logger LOG = LoggerFactory.getLogger(LetzshopDesk.class);

	private final LetzshopSettings settings;
	private final StoreLink link;
	private final SyncSchedule schedule;
	private final SyncRuns runs;
	private final UnmatchedItems unmatched;
	private final ImportedShipments shipments;
	private final Fulfilment fulfilment;
	private final ShipmentImport shipmentImport;
	private final CatalogMatch catalog;
	private final Letzshop letzshop;
	private final TransactionTemplate transactions;
	private final Clock clock;

	LetzshopDesk(LetzshopSettings settings, StoreLink link, SyncSchedule schedule, SyncRuns runs,
			UnmatchedItems unmatched, ImportedShipments shipments, Fulfilment fulfilment,
			ShipmentImport shipmentImport, CatalogMatch catalog, Letzshop letzshop, TransactionTemplate transactions,
			Clock clock) {

		this.settings = settings;
		this.link = link;
		this.schedule = schedule;
		this.runs = runs;
		this.unmatched = unmatched;
		this.shipments = shipments;
		this.fulfilment = fulfilment;
		this.shipmentImport = shipmentImport;
		this.catalog = catalog;
		this.letzshop = letzshop;
		this.transactions = transactions;
		this.clock = clock;
	}

	record SettingsChange(@Nullable String apiKey, @Nullable URI endpoint, @Nullable Boolean enabled,
			@Nullable Integer syncEveryMinutes) {
	}

	record Queued(String status) {
	}

	record Items<T>(List<T> items) {
	}

	record ShipmentView(String shipmentId, String number, String orderNumber, ShipmentState state, UUID orderId,
			@Nullable TrackingCarrier trackingCarrier, @Nullable String trackingCode, @Nullable Instant trackingSentAt,
			List<UnitView> units) {

		static ShipmentView of(ImportedShipments.ImportedShipment shipment) {
			return new ShipmentView(shipment.shipmentId(), shipment.number(), shipment.orderNumber(), shipment.state(),
					shipment.orderId(), shipment.trackingCarrier(), shipment.trackingCode(),
					shipment.trackingSentAt(), shipment.units().stream().map(UnitView::of).toList());
		}
	}

	record UnitView(String unitId, String variantId, @Nullable String sku, @Nullable String gtin,
			InventoryUnitState state, @Nullable String matchedSku) {

		static UnitView of(ImportedShipments.Unit unit) {
			return new UnitView(unit.unitId(), unit.variantId(), unit.sku(), unit.gtin(), unit.state(),
					unit.matchedSku());
		}
	}

	record Decision(String unitId, boolean available) {
	}

	LetzshopSettings.View settings(UUID storeId) {
		return settings.view(storeId);
	}

	LetzshopSettings.View changeSettings(UUID storeId, SettingsChange change) {
		return settings.change(storeId, new LetzshopSettings.Change(change.apiKey(), change.endpoint(),
				change.enabled(), change.syncEveryMinutes()));
	}

	LetzshopSettings.View removeKey(UUID storeId) {
		return settings.removeKey(storeId);
	}

	LetzshopSettings.View linkVendor(UUID storeId) {
		return link.link(storeId);
	}

	Queued syncNow(UUID storeId) {

		settings.endpoint(storeId);
		schedule.now(storeId);
		return new Queued("queued");
	}

	Items<SyncRun> runs(UUID storeId) {
		return new Items<>(runs.ofStore(storeId, LIST_LIMIT));
	}

	Items<UnmatchedItem> exceptions(UUID storeId, @Nullable String status) {

		var wanted = switch (status == null ? "" : status) {
			case "" -> null;
			case "open" -> UnmatchedItem.Status.OPEN;
			case "resolved" -> UnmatchedItem.Status.RESOLVED;
			default -> throw Problem.invalidField("status", "open or resolved");
		};
		return new Items<>(unmatched.ofStore(storeId, wanted, LIST_LIMIT));
	}

	/**
	 * Names the store's product for an unmatched item and records the shipment's order again with it. Should
	 * Letzshop be unavailable, the next sync does that.
	 */
	UnmatchedItem resolve(UUID storeId, UUID exceptionId, String sku, UUID by) {

		var item = unmatched.of(storeId, exceptionId).orElseThrow(() -> Problem.notFound("exception"));
		var product = catalog.bySku(storeId, sku.strip())
				.orElseThrow(() -> Problem.invalidField("sku", "the SKU of a product of this store"));

		transactions.executeWithoutResult(status -> {
			unmatched.resolve(storeId, item.id(), product.sku(), by, clock.instant());
			shipments.forgetFingerprint(storeId, item.shipmentId());
		});

		try {
			letzshop.shipment(settings.endpoint(storeId), item.shipmentId())
					.ifPresent(it -> shipmentImport.record(storeId, it));
		} catch (LetzshopFailure failure) {
			LOG.warn("Letzshop shipment {} of store {} will be recorded again by the next sync", item.shipmentId(),
					storeId, failure);
		}

		return unmatched.of(storeId, exceptionId).orElseThrow();
	}

	Items<ShipmentView> shipments(UUID storeId) {
		return new Items<>(shipments.ofStore(storeId, LIST_LIMIT).stream().map(ShipmentView::of).toList());
	}

	ShipmentView shipment(UUID storeId, String shipmentId) {
		return ShipmentView.of(fulfilment.shipment(storeId, shipmentId));
	}

	ShipmentView decide(UUID storeId, String shipmentId, List<Decision> decisions) {

		if (decisions.isEmpty()) {
			throw Problem.invalidField("units", "at least one unit");
		}
		var asked = decisions.stream().map(it -> new UnitDecision(it.unitId(), it.available())).toList();
		return ShipmentView.of(fulfilment.decide(storeId, shipmentId, asked));
	}

	Fulfilment.TrackingSent track(UUID storeId, String shipmentId, String carrier, String code) {

		var parsed = carrier(carrier);
		if (code.isBlank() || code.strip().length() > 100) {
			throw Problem.invalidField("code", "1 to 100 characters");
		}
		return fulfilment.track(storeId, shipmentId, parsed, code);
	}

	private static TrackingCarrier carrier(String carrier) {

		for (var candidate : TrackingCarrier.values()) {
			if (candidate.wire().equals(carrier)) {
				return candidate;
			}
		}
		throw Problem.invalidField("carrier", "one of " + Arrays.stream(TrackingCarrier.values())
				.map(TrackingCarrier::wire).collect(Collectors.joining(", ")));
	}
}
