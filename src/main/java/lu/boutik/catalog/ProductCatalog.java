package lu.boutik.catalog;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import lu.boutik.core.Money;
import lu.boutik.tenancy.Language;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A store's products as its storefront and its members browse them: paged, searched, in a chosen language.
 */
@Repository
class ProductCatalog {

	private final JdbcClient jdbc;

	ProductCatalog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Who is looking: the storefront sees published products only. */
	enum Audience {
		CUSTOMERS, MEMBERS
	}

	record Variant(String sku, Map<String, String> options, Money price, boolean available, @Nullable String gtin,
			@Nullable Integer quantity) {
	}

	/** A product in a listing; its {@code sku} and {@code price} are those of its default, first, variant. */
	record Listed(UUID id, String sku, String title, @Nullable String brand, @Nullable String image, Money price,
			boolean available, String vatCategory, boolean published, List<Variant> variants) {
	}

	private record Head(UUID id, String title, @Nullable String brand, @Nullable String image, String vatCategory,
			boolean published) {
	}

	record Page(List<Listed> items, int page, int size, long total) {
	}

	record Detail(UUID id, String handle, String sku, String title, @Nullable String description,
			@Nullable String brand, List<String> images, Money price, boolean available, String vatCategory,
			boolean published, Map<Language, ProductDraft.Text> translations, List<Variant> variants) {
	}

	Page list(UUID storeId, Audience audience, @Nullable String query, int page, int size, Language language,
			Language fallback) {

		var where = new StringBuilder("p.store_id = :store and exists (select 1 from variants v where"
				+ " v.product_id = p.id)");
		Map<String, Object> params = new HashMap<>();
		params.put("store", storeId);
		if (audience == Audience.CUSTOMERS) {
			where.append(" and p.published");
		}
		if (query != null) {
			where.append(" ").append("""
					and (exists (select 1 from product_texts t where t.product_id = p.id
					              and t.title ilike :pattern escape '\\')
					      or exists (select 1 from variants v where v.product_id = p.id
					                 and (v.sku ilike :pattern escape '\\' or v.gtin = :query)))""");
			params.put("pattern", "%" + escapeLike(query) + "%");
			params.put("query", query);
		}

		var total = jdbc.sql("select count(*) from products p where " + where).params(params).query(Long.class)
				.single();

		var heads = jdbc.sql("""
				select p.id, p.brand, p.images[1] as image, p.vat_category, p.published, %s as title
				from products p where %s
				order by p.created_at, p.handle
				limit :limit offset :offset""".formatted(ProductRows.titleIn("p", "title", language, fallback), where))
				.params(params)
				.param("limit", size)
				.param("offset", (long) (page - 1) * size)
				.query((row, number) -> new Head(row.getObject("id", UUID.class), row.getString("title"),
						row.getString("brand"), row.getString("image"), row.getString("vat_category"),
						row.getBoolean("published")))
				.list();

		var variants = variantsOf(heads.stream().map(Head::id).toList());
		var items = new ArrayList<Listed>();
		for (var head : heads) {
			var own = variants.getOrDefault(head.id(), List.of());
			if (own.isEmpty()) {
				continue;
			}
			var first = own.getFirst();
			items.add(new Listed(head.id(), first.sku(), head.title(), head.brand(), head.image(), first.price(),
					own.stream().anyMatch(Variant::available), head.vatCategory(), head.published(), own));
		}
		return new Page(items, page, size, total);
	}

	/** The product that has a variant with this SKU. */
	Optional<Detail> bySku(UUID storeId, Audience audience, String sku, Language language, Language fallback) {

		var id = jdbc.sql("""
				select p.id from variants v join products p on p.id = v.product_id
				where v.store_id = ? and v.sku = ?""" + (audience == Audience.CUSTOMERS ? " and p.published" : ""))
				.params(storeId, sku)
				.query(UUID.class)
				.optional();
		return id.flatMap(productId -> byId(storeId, productId, language, fallback));
	}

	Optional<Detail> byId(UUID storeId, UUID productId, Language language, Language fallback) {

		var translations = new EnumMap<Language, ProductDraft.Text>(Language.class);
		jdbc.sql("select language, title, description from product_texts where product_id = ?")
				.param(productId)
				.query(row -> {
					translations.put(Language.of("language", row.getString("language")),
							new ProductDraft.Text(row.getString("title"), row.getString("description")));
				});

		var variants = variantsOf(List.of(productId)).getOrDefault(productId, List.of());
		if (variants.isEmpty()) {
			return Optional.empty();
		}
		var first = variants.getFirst();
		var text = translations.getOrDefault(language, translations.getOrDefault(fallback,
				translations.getOrDefault(Language.EN, translations.values().iterator().next())));

		return jdbc.sql("""
				select id, handle, brand, images, vat_category, published from products
				where id = ? and store_id = ?""")
				.params(productId, storeId)
				.query((row, number) -> new Detail(productId, row.getString("handle"), first.sku(), text.title(),
						text.description(), row.getString("brand"), ProductRows.strings(row, "images"),
						first.price(), variants.stream().anyMatch(Variant::available), row.getString("vat_category"),
						row.getBoolean("published"), translations, variants))
				.optional();
	}

	private Map<UUID, List<Variant>> variantsOf(List<UUID> productIds) {

		var variants = new LinkedHashMap<UUID, List<Variant>>();
		if (productIds.isEmpty()) {
			return variants;
		}
		jdbc.sql("""
				select product_id, sku, option_names, option_values, price_cents, currency, available, gtin, quantity
				from variants where product_id in (:ids) order by product_id, position""")
				.param("ids", productIds)
				.query(row -> {
					variants.computeIfAbsent(row.getObject("product_id", UUID.class), id -> new ArrayList<>())
							.add(new Variant(row.getString("sku"), ProductRows.options(row),
									new Money(row.getLong("price_cents"), row.getString("currency")),
									row.getBoolean("available"), row.getString("gtin"), ProductRows.quantity(row)));
				});
		return variants;
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}
}
