package lu.boutik.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import lu.boutik.tenancy.Language;
import lu.boutik.tenancy.Stores;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The catalog as other modules read it: a variant by SKU or GTIN, for checkout and marketplace orders, and every
 * product of a store, for feed exports. Every look-up is within one store; no store ever sees another's products.
 */
@Service
public class ProductLookup {

	private static final int EXPORT_PAGE = 500;

	private final JdbcClient jdbc;
	private final Stores stores;

	ProductLookup(JdbcClient jdbc, Stores stores) {

		this.jdbc = jdbc;
		this.stores = stores;
	}

	/** The variant with this SKU in the store, whether its product is published or not. */
	public Optional<VariantSummary> bySku(UUID storeId, String sku) {
		return summary(storeId, "v.sku = :sku", Map.of("sku", sku));
	}

	/** The variant with this SKU in the store if customers may buy it: its product is published. */
	public Optional<VariantSummary> forSaleBySku(UUID storeId, String sku) {
		return summary(storeId, "v.sku = :sku and p.published", Map.of("sku", sku));
	}

	/**
	 * The variant with this GTIN in the store, matched on its digits whatever the leading zeros (an EAN-13 finds the
	 * same item written as a GTIN-14). Should two variants share a GTIN, the first one listed wins.
	 */
	public Optional<VariantSummary> byGtin(UUID storeId, String gtin) {

		var digits = gtin.replace(" ", "").replace("-", "");
		if (digits.isEmpty() || !digits.chars().allMatch(Character::isDigit) || digits.length() > 14) {
			return Optional.empty();
		}
		return summary(storeId, "v.gtin in (:gtins)", Map.of("gtins", spellings(digits)));
	}

	/**
	 * Hands every product of the store to {@code consumer}, a page at a time, in no particular order; memory holds one
	 * page whatever the catalog's size.
	 */
	public void forEachProduct(UUID storeId, Consumer<ExportedProduct> consumer) {

		var after = new UUID(0, 0);
		while (true) {
			var page = exportPage(storeId, after);
			page.forEach(consumer);
			if (page.size() < EXPORT_PAGE) {
				return;
			}
			after = page.getLast().id();
		}
	}

	private Optional<VariantSummary> summary(UUID storeId, String condition, Map<String, ?> params) {

		var language = stores.byId(storeId).map(store -> store.defaultLanguage()).orElse(Language.EN);
		return jdbc.sql("""
				select v.sku, v.option_names, v.option_values, v.price_cents, v.currency, v.available, v.quantity,
				       v.gtin, p.vat_category, %s as title
				from variants v join products p on p.id = v.product_id
				where v.store_id = :store and %s
				order by v.position limit 1""".formatted(ProductRows.titleIn("p", "title", language, language),
				condition))
				.param("store", storeId)
				.params(params)
				.query((row, number) -> new VariantSummary(row.getString("sku"), row.getString("title"),
						ProductRows.options(row), row.getLong("price_cents"), row.getString("currency"),
						row.getString("vat_category"), row.getBoolean("available"), ProductRows.quantity(row),
						row.getString("gtin")))
				.optional();
	}

	/** The ways a GTIN may be written: its digits padded with zeros to 8, 12, 13 or 14. */
	private static List<String> spellings(String digits) {

		var core = digits.replaceFirst("^0+", "");
		var spellings = new LinkedHashSet<String>();
		spellings.add(digits);
		for (var length : List.of(8, 12, 13, 14)) {
			if (core.length() <= length) {
				spellings.add("0".repeat(length - core.length()) + core);
			}
		}
		return List.copyOf(spellings);
	}

	private List<ExportedProduct> exportPage(UUID storeId, UUID after) {

		record Head(UUID id, String handle, @Nullable String brand, String vatCategory,
				@Nullable String googleCategory, boolean published, List<String> images) {
		}

		var heads = jdbc.sql("""
				select id, handle, brand, vat_category, google_category, published, images from products
				where store_id = ? and id > ? order by id limit ?""")
				.params(storeId, after, EXPORT_PAGE)
				.query((row, number) -> new Head(row.getObject("id", UUID.class), row.getString("handle"),
						row.getString("brand"), row.getString("vat_category"), row.getString("google_category"),
						row.getBoolean("published"), ProductRows.strings(row, "images")))
				.list();
		if (heads.isEmpty()) {
			return List.of();
		}

		var ids = heads.stream().map(Head::id).toList();
		var texts = new LinkedHashMap<UUID, Map<Language, ExportedProduct.Text>>();
		jdbc.sql("select product_id, language, title, description from product_texts where product_id in (:ids)")
				.param("ids", ids)
				.query(row -> {
					texts.computeIfAbsent(row.getObject("product_id", UUID.class), id -> new EnumMap<>(Language.class))
							.put(Language.of("language", row.getString("language")),
									new ExportedProduct.Text(row.getString("title"), row.getString("description")));
				});
		var variants = new LinkedHashMap<UUID, List<ExportedProduct.Variant>>();
		jdbc.sql("""
				select product_id, sku, option_names, option_values, price_cents, currency, gtin, mpn, available,
				       quantity, image_url
				from variants where product_id in (:ids) order by product_id, position""")
				.param("ids", ids)
				.query(row -> {
					variants.computeIfAbsent(row.getObject("product_id", UUID.class), id -> new ArrayList<>())
							.add(new ExportedProduct.Variant(row.getString("sku"), ProductRows.options(row),
									row.getLong("price_cents"), row.getString("currency"), row.getString("gtin"),
									row.getString("mpn"), row.getBoolean("available"), ProductRows.quantity(row),
									row.getString("image_url")));
				});

		return heads.stream()
				.map(head -> new ExportedProduct(head.id(), head.handle(),
						Collections.unmodifiableMap(texts.getOrDefault(head.id(), Map.of())), head.brand(),
						head.vatCategory(), head.googleCategory(), head.published(),
						head.images(), List.copyOf(variants.getOrDefault(head.id(), List.of()))))
				.toList();
	}
}
