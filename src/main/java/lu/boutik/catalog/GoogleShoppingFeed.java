package lu.boutik.catalog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import lu.boutik.tenancy.Language;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a Google Shopping feed as Letzshop takes it: one row per item, tab-separated. The {@code id} is the item's
 * SKU; items sharing an {@code item_group_id} are variants of one product, and their {@code color}, {@code size},
 * {@code material} and {@code pattern} are its options. Plain {@code title} and {@code description} are in the
 * import's language; {@code title_fr}, {@code description_de} and the like give further languages.
 */
final class GoogleShoppingFeed {

	private static final List<String> OPTIONS = List.of("color", "size", "material", "pattern", "age_group",
			"gender");

	private final Columns columns;
	private final Language language;
	private final FeedSink sink;

	GoogleShoppingFeed(Columns columns, Language language, FeedSink sink) {

		this.columns = columns;
		this.language = language;
		this.sink = sink;
	}

	static boolean reads(Columns columns) {

		var titled = columns.has("title")
				|| Arrays.stream(Language.values()).anyMatch(language -> columns.has("title_" + language.code()));
		return columns.has("id") && columns.has("price") && titled;
	}

	void row(long row, CSVRecord record) {

		sink.rowRead();
		try {
			var product = product(row, record);
			product.rows.add(row);
			sink.product(product);
		}
		catch (InvalidRow invalid) {
			sink.rejected(row, invalid.getMessage());
		}
	}

	private ProductDraft product(long row, CSVRecord record) {

		var id = value(record, "id");
		if (id.isEmpty()) {
			throw new InvalidRow("id is empty");
		}
		var sku = Rows.sku("id", id);
		var group = value(record, "item_group_id");
		var product = new ProductDraft(group.isEmpty() ? sku : Rows.sku("item_group_id", group), row);

		text(product, language, value(record, "title"), value(record, "description"));
		for (var other : Language.values()) {
			text(product, other, value(record, "title_" + other.code()), value(record, "description_" + other.code()));
		}
		if (product.texts.isEmpty()) {
			throw new InvalidRow("title is empty");
		}

		product.brand = Rows.blankToNull(value(record, "brand"));
		product.googleCategory = Rows.blankToNull(value(record, "google_product_category"));
		var vat = value(record, "vat_category");
		if (!vat.isEmpty()) {
			product.vatCategory = VatCategory.parse(vat).orElseThrow(() -> VatCategory.unknown("vat_category", vat));
		}

		var image = Rows.imageUrl("image_link", value(record, "image_link"));
		if (image != null) {
			product.images.add(image);
		}
		for (var extra : value(record, "additional_image_link").split(",")) {
			var url = Rows.imageUrl("additional_image_link", extra);
			if (url != null) {
				product.images.add(url);
			}
		}

		var names = new ArrayList<String>();
		var values = new ArrayList<String>();
		for (var option : OPTIONS) {
			var value = value(record, option);
			if (!value.isEmpty()) {
				names.add(option);
				values.add(value);
			}
		}

		var price = value(record, "price");
		if (price.isEmpty()) {
			throw new InvalidRow("price is empty");
		}

		product.variants.add(new ProductDraft.Variant(row, sku, List.copyOf(names), List.copyOf(values),
				Prices.cents("price", price), Rows.gtin("gtin", value(record, "gtin")),
				Rows.blankToNull(value(record, "mpn")), available(value(record, "availability")),
				Rows.quantity("quantity", value(record, "quantity")), image));
		return product;
	}

	private void text(ProductDraft product, Language in, String title, String description) {
		if (!title.isEmpty()) {
			product.texts.put(in, new ProductDraft.Text(title, Rows.blankToNull(description)));
		}
	}

	private static boolean available(String availability) {

		return switch (availability.toLowerCase(Locale.ROOT).replace(' ', '_')) {
			case "", "in_stock", "preorder", "backorder" -> true;
			case "out_of_stock" -> false;
			default -> throw new InvalidRow("availability \"" + Rows.excerpt(availability)
					+ "\" is not in_stock, out_of_stock, preorder or backorder");
		};
	}

	private String value(CSVRecord record, String column) {
		return columns.get(record, column).strip();
	}
}
