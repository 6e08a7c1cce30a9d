package lu.boutik.marketplace;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Puts products into a store's catalog for tests, as a feed import would leave them.
 */
final class StoreCatalog {

	private final JdbcClient jdbc;

	StoreCatalog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void add(UUID storeId, String sku, @Nullable String gtin, String title, String vatCategory, long priceCents) {

		var productId = UUID.randomUUID();
		jdbc.sql("insert into products (id, store_id, handle, brand, vat_category) values (?, ?, ?, 'Kalloo', ?)")
				.params(productId, storeId, sku.toLowerCase(), vatCategory).update();
		for (var language : new String[] { "en", "fr", "de" }) {
			jdbc.sql("insert into product_texts (product_id, language, title, description) values (?, ?, ?, ?)")
					.params(productId, language, title + " (" + language + ")", "=HYPERLINK(\"http://x\")").update();
		}
		jdbc.sql("""
				insert into variants (id, store_id, product_id, sku, position, price_cents, gtin, available)
				values (?, ?, ?, ?, 0, ?, ?, true)""")
				.params(UUID.randomUUID(), storeId, productId, sku, priceCents, gtin).update();
	}
}
