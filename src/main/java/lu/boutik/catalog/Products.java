package lu.boutik.catalog;

import java.io.StringReader;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import lu.boutik.tenancy.Language;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes products and their variants in bulk. A batch is copied into a staging table with PostgreSQL's {@code COPY}
 * and merged from there into the catalog in three statements, so that the cost per row stays that of a copy. Products
 * are matched by handle and variants by SKU within their store: writing the same batch twice changes nothing but the
 * time of the last update.
 * <p>
 * A variant whose feed no longer lists it is kept; imports add and update, they do not delete.
 */
@Repository
class Products {

	private static final String STAGING = """
			create temp table catalog_staging (
			    seq bigint, handle text, brand text, vat_category text, google_category text, published boolean,
			    images text[], title_lb text, description_lb text, title_fr text, description_fr text,
			    title_de text, description_de text, title_en text, description_en text,
			    sku text, option_names text[], option_values text[], price_cents bigint, gtin text, mpn text,
			    available boolean, quantity integer, image_url text
			) on commit drop""";

	private static final String COPY = """
			copy catalog_staging (seq, handle, brand, vat_category, google_category, published, images,
			    title_lb, description_lb, title_fr, description_fr, title_de, description_de, title_en, description_en,
			    sku, option_names, option_values, price_cents, gtin, mpn, available, quantity, image_url) from stdin""";

	private static final String LATEST_PER_PRODUCT = "(select distinct on (handle) * from catalog_staging"
			+ " order by handle, seq desc)";

	private static final String MERGE_PRODUCTS = """
			insert into products (id, store_id, handle, brand, vat_category, google_category, published, images)
			select gen_random_uuid(), :store, s.handle, s.brand, coalesce(s.vat_category, 'standard'),
			       s.google_category, s.published, s.images
			from %s s
			on conflict (store_id, handle) do update set brand = excluded.brand,
			    google_category = excluded.google_category, published = excluded.published,
			    images = excluded.images, updated_at = now()""".formatted(LATEST_PER_PRODUCT);

	/** A feed without a VAT column leaves the category a product has. */
	private static final String MERGE_VAT = """
			update products p set vat_category = s.vat_category
			from %s s
			where p.store_id = :store and p.handle = s.handle and s.vat_category is not null
			  and p.vat_category <> s.vat_category""".formatted(LATEST_PER_PRODUCT);

	private static final String MERGE_TEXTS = """
			insert into product_texts (product_id, language, title, description)
			select p.id, t.language, t.title, t.description
			from %s s
			join products p on p.store_id = :store and p.handle = s.handle
			cross join lateral (values ('lb', s.title_lb, s.description_lb), ('fr', s.title_fr, s.description_fr),
			    ('de', s.title_de, s.description_de), ('en', s.title_en, s.description_en))
			    as t (language, title, description)
			where t.title is not null
			on conflict (product_id, language) do update set title = excluded.title,
			    description = excluded.description""".formatted(LATEST_PER_PRODUCT);

	private static final String MERGE_VARIANTS = """
			insert into variants (id, store_id, product_id, sku, position, option_names, option_values, price_cents,
			    currency, gtin, mpn, available, quantity, image_url)
			select gen_random_uuid(), :store, p.id, s.sku, s.seq, s.option_names, s.option_values, s.price_cents,
			       'EUR', s.gtin, s.mpn, s.available, s.quantity, s.image_url
			from (select distinct on (sku) * from catalog_staging order by sku, seq desc) s
			join products p on p.store_id = :store and p.handle = s.handle
			on conflict (store_id, sku) do update set product_id = excluded.product_id,
			    position = excluded.position, option_names = excluded.option_names,
			    option_values = excluded.option_values, price_cents = excluded.price_cents,
			    gtin = excluded.gtin, mpn = excluded.mpn, available = excluded.available,
			    quantity = excluded.quantity, image_url = excluded.image_url, updated_at = now()""";

	private final DataSource dataSource;
	private final JdbcClient jdbc;

	Products(DataSource dataSource, JdbcClient jdbc) {

		this.dataSource = dataSource;
		this.jdbc = jdbc;
	}

	/** Adds or updates the products of one store; joins the caller's transaction, which the staging table needs. */
	@Transactional(propagation = Propagation.MANDATORY)
	void save(UUID storeId, Collection<ProductDraft> products) throws SQLException {

		if (products.isEmpty()) {
			return;
		}

		jdbc.sql(STAGING).update();
		var connection = DataSourceUtils.getConnection(dataSource);
		try {
			var copy = connection.unwrap(PGConnection.class).getCopyAPI();
			copy.copyIn(COPY, new StringReader(copyText(products)));
		}
		catch (java.io.IOException exception) {
			throw new SQLException("copy into the staging table failed", exception);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}

		for (var merge : List.of(MERGE_PRODUCTS, MERGE_VAT, MERGE_TEXTS, MERGE_VARIANTS)) {
			jdbc.sql(merge).param("store", storeId).update();
		}
	}

	/** The batch in COPY's text format: one line per variant, carrying its product's fields. */
	static String copyText(Collection<ProductDraft> products) {

		var text = new StringBuilder(products.size() * 512);
		for (var product : products) {
			for (var variant : product.variants) {
				field(text, Long.toString(variant.row()));
				field(text, product.handle);
				field(text, product.brand);
				field(text, product.vatCategory == null ? null : product.vatCategory.code());
				field(text, product.googleCategory);
				field(text, Boolean.toString(product.published));
				field(text, array(product.images));
				for (var language : List.of(Language.LB, Language.FR, Language.DE, Language.EN)) {
					var translation = product.texts.get(language);
					field(text, translation == null ? null : translation.title());
					field(text, translation == null ? null : translation.description());
				}
				field(text, variant.sku());
				field(text, array(variant.optionNames()));
				field(text, array(variant.optionValues()));
				field(text, Long.toString(variant.priceCents()));
				field(text, variant.gtin());
				field(text, variant.mpn());
				field(text, Boolean.toString(variant.available()));
				field(text, variant.quantity() == null ? null : variant.quantity().toString());
				field(text, variant.imageUrl());
				text.setCharAt(text.length() - 1, '\n');
			}
		}
		return text.toString();
	}

	private static void field(StringBuilder text, @Nullable String value) {

		if (value == null) {
			text.append("\\N");
		}
		else {
			for (int i = 0; i < value.length(); i++) {
				var c = value.charAt(i);
				switch (c) {
					case '\\' -> text.append("\\\\");
					case '\t' -> text.append("\\t");
					case '\n' -> text.append("\\n");
					case '\r' -> text.append("\\r");
					case '\0' -> {
						// PostgreSQL text cannot hold NUL; a feed's stray NUL is dropped.
					}
					default -> text.append(c);
				}
			}
		}
		text.append('\t');
	}

	/** A PostgreSQL array literal of quoted elements. */
	private static String array(Collection<String> values) {

		var literal = new StringBuilder("{");
		for (var value : values) {
			if (literal.length() > 1) {
				literal.append(',');
			}
			literal.append('"').append(value.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
		}
		return literal.append('}').toString();
	}
}
