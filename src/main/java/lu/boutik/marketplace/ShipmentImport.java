package lu.boutik.marketplace;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import lu.boutik.marketplace.client.Letzshop;
import lu.boutik.marketplace.client.LetzshopEndpoint;
import lu.boutik.marketplace.client.Shipment;
import lu.boutik.marketplace.client.ShipmentState;
import lu.boutik.orders.MarketplaceOrder;
import lu.boutik.orders.MarketplaceOrderLine;
import lu.boutik.orders.MarketplaceOrders;
import lu.boutik.orders.OrderManagement;
import lu.boutik.orders.OrderStatus;
import lu.boutik.orders.PostalAddress;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports a store's Letzshop shipments into its orders: every state, every page to the last. Each shipment is
 * recorded in a transaction of its own under its Letzshop id, so a run that fails half-way keeps what it recorded and
 * the next run neither loses nor duplicates anything. A shipment unchanged since the last import is left alone.
 */
@Service
class ShipmentImport {

	static final String CHANNEL = "letzshop";
	static final String STANDARD_VAT = "standard";
	private static final ZoneId LUXEMBOURG = ZoneId.of("Europe/Luxembourg");
	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final Logger LOG = LoggerFactory.getLogger(ShipmentImport.class);

	private final Letzshop letzshop;
	private final ImportedShipments shipments;
	private final UnmatchedItems unmatched;
	private final CatalogMatch catalog;
	private final OrderManagement orders;
	private final MarketplaceOrders marketplaceOrders;
	private final TransactionTemplate transactions;
	private final Clock clock;

	ShipmentImport(Letzshop letzshop, ImportedShipments shipments, UnmatchedItems unmatched, CatalogMatch catalog,
			OrderManagement orders, MarketplaceOrders marketplaceOrders, TransactionTemplate transactions,
			Clock clock) {

		this.letzshop = letzshop;
		this.shipments = shipments;
		this.unmatched = unmatched;
		this.catalog = catalog;
		this.orders = orders;
		this.marketplaceOrders = marketplaceOrders;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Reads every page of every shipment state and records each shipment. The counts so far are handed to
	 * {@code progress} after each page, so a run that fails still reports what it did.
	 */
	SyncRun.Counts importAll(UUID storeId, LetzshopEndpoint endpoint, Progress progress) {

		var counts = SyncRun.Counts.NONE;

		for (var state : ShipmentState.values()) {

			String cursor = null;
			do {
				var page = letzshop.shipments(endpoint, state, cursor);
				var pageCounts = new SyncRun.Counts(1, 0, 0, 0, 0);

				for (var shipment : page.nodes()) {
					pageCounts = pageCounts.plus(record(storeId, shipment));
				}

				counts = counts.plus(pageCounts);
				progress.madeProgress(counts);

				var next = page.pageInfo().hasNextPage() ? page.pageInfo().endCursor() : null;
				if (next != null && next.equals(cursor)) {
					throw new IllegalStateException("Letzshop repeated the cursor of the previous page");
				}
				cursor = next;

			} while (cursor != null);
		}

		LOG.info("Imported Letzshop shipments for store {}: {} seen, {} orders created, {} updated", storeId,
				counts.shipmentsSeen(), counts.ordersCreated(), counts.ordersUpdated());
		return counts;
	}

	/** Records one shipment as an order, in a transaction of its own. */
	SyncRun.Counts record(UUID storeId, Shipment shipment) {
		return Objects.requireNonNull(transactions.execute(status -> recordInTransaction(storeId, shipment)));
	}

	private SyncRun.Counts recordInTransaction(UUID storeId, Shipment shipment) {

		var fingerprint = fingerprint(shipment);
		var known = shipments.of(storeId, shipment.id());

		if (known.isPresent() && known.get().fingerprint().equals(fingerprint)) {
			return new SyncRun.Counts(0, 1, 0, 0, 0);
		}

		var day = placedAt(shipment).atZone(LUXEMBOURG).toLocalDate();
		var lines = new ArrayList<MarketplaceOrderLine>();
		var units = new ArrayList<ImportedShipments.Unit>();
		var opened = 0;

		for (var variant : unitsByVariant(shipment)) {

			var first = variant.getFirst().variant();
			var gtin = first.tradeId() == null ? null : first.tradeId().number();
			var match = match(storeId, shipment.id(), first.id(), gtin, first.sku());
			var title = title(first, shipment.order().locale());

			if (match == null) {

				if (unmatched.open(storeId, shipment.id(), first.id(), first.sku(), gtin, title, variant.size())) {
					opened++;
				}
				var sku = Stream.of(first.sku(), gtin, first.id()).filter(it -> it != null && !it.isBlank())
						.findFirst().orElseThrow();
				lines.add(new MarketplaceOrderLine(sku, title, variant.size(), cents(first.price()),
						marketplaceOrders.vatRateBasisPoints(STANDARD_VAT, day)));
			} else {
				lines.add(new MarketplaceOrderLine(match.sku(), title, variant.size(), cents(first.price()),
						marketplaceOrders.vatRateBasisPoints(match.vatCategory(), day)));
			}

			for (var unit : variant) {
				units.add(new ImportedShipments.Unit(unit.id(), first.id(), first.sku(), gtin, unit.state(),
						match == null ? null : match.sku()));
			}
		}

		var orderId = orders.recordMarketplaceOrder(new MarketplaceOrder(storeId, CHANNEL, shipment.id(),
				shipment.order().number(), Objects.toString(shipment.order().email(), ""), placedAt(shipment),
				shipment.order().locale(), address(shipment.order()), lines));
		marketplaceOrders.follow(storeId, orderId, status(shipment));

		var created = shipments.save(new ImportedShipments.ImportedShipment(storeId, shipment.id(), shipment.number(),
				shipment.order().number(), shipment.state(), orderId, fingerprint, null, null, null, units));

		return new SyncRun.Counts(0, 1, created ? 1 : 0, created ? 0 : 1, opened);
	}

	/** The store's product for a variant: the one a member named for it, or the catalog's by GTIN, then SKU. */
	private @Nullable Match match(UUID storeId, String shipmentId, String variantId, @Nullable String gtin,
			@Nullable String sku) {

		var resolved = unmatched.of(storeId, shipmentId, variantId)
				.filter(it -> it.status() == UnmatchedItem.Status.RESOLVED)
				.map(UnmatchedItem::resolvedSku);
		var found = resolved.isPresent() ? catalog.bySku(storeId, resolved.get()) : catalog.find(storeId, gtin, sku);

		return found.map(it -> new Match(it.sku(), it.vatCategory())).orElse(null);
	}

	/** Each unit is one item: units of the same variant become one line, in the order Letzshop lists them. */
	private static List<List<Shipment.InventoryUnit>> unitsByVariant(Shipment shipment) {

		return List.copyOf(shipment.inventoryUnits().stream()
				.collect(Collectors.groupingBy(it -> it.variant().id(), LinkedHashMap::new, Collectors.toList()))
				.values());
	}

	/** Letzshop's state in the one order model: confirmed once no unit waits, cancelled when every unit is declined. */
	static OrderStatus status(Shipment shipment) {

		return switch (shipment.state()) {
			case UNCONFIRMED -> OrderStatus.NEW;
			case CONFIRMED -> shipment.tracking() == null ? OrderStatus.CONFIRMED : OrderStatus.SHIPPED;
			case DECLINED -> OrderStatus.CANCELLED;
		};
	}

	private static String title(Shipment.Variant variant, @Nullable String locale) {

		var name = variant.product().name();
		var language = locale == null ? "" : locale.toLowerCase(Locale.ROOT);
		var preferred = language.startsWith("fr") ? name.fr() : language.startsWith("de") ? name.de() : name.en();

		return Stream.of(preferred, name.en(), name.fr(), name.de(), variant.sku(), variant.id())
				.filter(it -> it != null && !it.isBlank()).findFirst().orElseThrow();
	}

	/** Letzshop prices are VAT-inclusive euros. */
	static long cents(@Nullable BigDecimal euros) {
		return euros == null ? 0 : euros.movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
	}

	private Instant placedAt(Shipment shipment) {

		var completedAt = shipment.order().completedAt();
		if (completedAt != null) {
			try {
				return OffsetDateTime.parse(completedAt).toInstant();
			} catch (DateTimeParseException e) {
				LOG.debug("Letzshop shipment {} has an unreadable completion time", shipment.id());
			}
		}
		return clock.instant();
	}

	private static PostalAddress address(Shipment.Order order) {

		var address = order.shipAddress() != null ? order.shipAddress() : order.billAddress();
		if (address == null) {
			return new PostalAddress("-", "-", "-", "-", "LU");
		}

		var name = joined(" ", address.firstName(), address.lastName());
		var street = joined(" ", address.streetName(), address.streetNumber());
		var country = address.country() == null ? "LU" : address.country().iso();
		return new PostalAddress(
				joined(", ", name.isEmpty() ? null : name, address.company()),
				street.isEmpty() ? "-" : street,
				Objects.toString(address.zipCode(), "-"),
				Objects.toString(address.city(), "-"),
				country);
	}

	private static String joined(String separator, @Nullable String... parts) {
		return Stream.of(parts).filter(it -> it != null && !it.isBlank()).map(String::strip)
				.collect(Collectors.joining(separator));
	}

	private static String fingerprint(Shipment shipment) {

		try {
			var digest = MessageDigest.getInstance("SHA-256").digest(JSON.writeValueAsBytes(shipment));
			return HexFormat.of().formatHex(digest);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private record Match(String sku, String vatCategory) {
	}

	/** Hears the counts of a run as it goes. */
	@FunctionalInterface
	interface Progress {
		void madeProgress(SyncRun.Counts counts);
	}
}
