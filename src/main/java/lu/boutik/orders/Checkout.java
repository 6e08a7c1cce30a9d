package lu.boutik.orders;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import lu.boutik.catalog.ProductLookup;
import lu.boutik.core.EmailAddresses;
import lu.boutik.core.Money;
import lu.boutik.core.web.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a storefront basket into an order: prices and VAT categories come from the catalog, never from the client,
 * and VAT is split per line at the rate of the order's day in Luxembourg.
 */
@Service
class Checkout {

	static final ZoneId LUXEMBOURG = ZoneId.of("Europe/Luxembourg");
	private static final int ATTEMPTS = 5;
	/** Keeps every amount exact in clients that read JSON numbers as doubles, far above any real basket. */
	static final long MAX_TOTAL_CENTS = 1_000_000_000_000L;
	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	private final ProductLookup products;
	private final VatRates vatRates;
	private final Orders orders;
	private final Clock clock;

	Checkout(ProductLookup products, VatRates vatRates, Orders orders, Clock clock) {

		this.products = products;
		this.vatRates = vatRates;
		this.orders = orders;
		this.clock = clock;
	}

	/** What the customer asks for: a SKU and how many. */
	record Item(String sku, int quantity) {
	}

	/** What the customer is told. */
	record Placed(String orderNumber, Money total) {
	}

	@Transactional
	Placed place(UUID storeId, String email, PostalAddress address, List<Item> items) {

		var country = address.country().toUpperCase(Locale.ROOT);
		if (!COUNTRIES.contains(country)) {
			throw Problem.invalidField("shipping_address.country", "an ISO 3166 country code such as LU");
		}
		var now = clock.instant();
		var day = now.atZone(LUXEMBOURG).toLocalDate();

		var lines = new ArrayList<OrderLine>();
		for (int i = 0; i < items.size(); i++) {
			var item = items.get(i);
			var field = "lines[" + i + "].sku";
			var variant = products.forSaleBySku(storeId, item.sku())
					.orElseThrow(() -> Problem.invalidField(field, "the SKU of a product of this store"));
			if (!variant.available()) {
				throw new Problem(HttpStatus.CONFLICT, "out-of-stock", "Out of stock",
						"The product " + variant.sku() + " is not available.").with("field", field);
			}
			lines.add(OrderLine.of(i + 1, variant.sku(), variant.productTitle(), item.quantity(),
					variant.priceCents(), vatRates.basisPointsOn(variant.vatCategory(), day)));
		}

		if (lines.stream().mapToLong(OrderLine::grossCents).sum() > MAX_TOTAL_CENTS) {
			throw Problem.invalidField("lines", "an order total of at most 10,000,000,000.00 EUR");
		}

		var normalised = new PostalAddress(address.name().strip(), address.street().strip(),
				address.postalCode().strip(), address.city().strip(), country);
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			var order = new Order(UUID.randomUUID(), storeId, OrderNumbers.next(), "storefront", null, null,
					OrderStatus.NEW, EmailAddresses.normalise(email), null, normalised, Money.EUR, now, null, null,
					null, null, List.copyOf(lines));
			if (orders.insertIfNumberFree(order)) {
				return new Placed(order.number(), Money.euros(order.grossCents()));
			}
		}
		throw new IllegalStateException("no free order number after " + ATTEMPTS + " attempts");
	}
}
