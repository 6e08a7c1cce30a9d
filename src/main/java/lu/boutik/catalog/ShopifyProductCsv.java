package lu.boutik.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import lu.boutik.tenancy.Language;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Reads Shopify's product CSV. A product starts on a row with a Handle and a Title; the rows below it with the same
 * Handle and an empty Title add variants (a row with option values or a price) or images (a row with only an image).
 * Option names are given on a product's first row and hold for all its variants. A variant without a Variant SKU gets
 * one derived from the Handle and its option values.
 */
final class ShopifyProductCsv {

	static final String HANDLE = "Handle";
	private static final int OPTIONS = 3;

	private final Columns columns;
	private final Language language;
	private final FeedSink sink;

	private @Nullable ProductDraft current;
	private @Nullable String currentInvalid;
	private final List<String> optionNames = new ArrayList<>();

	ShopifyProductCsv(Columns columns, Language language, FeedSink sink) {

		this.columns = columns;
		this.language = language;
		this.sink = sink;
	}

	static boolean reads(Columns columns) {
		return columns.has(HANDLE) && columns.has("Title") && columns.has("Variant Price");
	}

	void row(long row, CSVRecord record) {

		sink.rowRead();
		var handle = value(record, HANDLE);
		if (handle.isEmpty()) {
			sink.rejected(row, "Handle is empty");
			return;
		}

		if (current == null || !current.handle.equals(handle)) {
			finish();
			start(row, handle, record);
		}

		var product = current;
		if (currentInvalid != null || product == null) {
			sink.rejected(row, currentInvalid);
			return;
		}

		try {
			if (!value(record, "Title").isEmpty()) {
				describe(product, record);
			}
			add(product, row, record);
			product.rows.add(row);
		}
		catch (InvalidRow invalid) {
			sink.rejected(row, invalid.getMessage());
		}
	}

	/** Hands over the last product; called once the feed has no more rows. */
	void finish() {

		var product = current;
		current = null;
		if (product == null || currentInvalid != null) {
			return;
		}
		if (product.variants.isEmpty()) {
			for (var row : product.rows) {
				sink.rejected(row, "product " + Rows.excerpt(product.handle) + " has no valid variant");
			}
			return;
		}
		sink.product(product);
	}

	private void start(long row, String handle, CSVRecord record) {

		current = new ProductDraft(handle, row);
		currentInvalid = value(record, "Title").isEmpty()
				? "product " + Rows.excerpt(handle) + " has no Title on its first row"
				: null;
		optionNames.clear();
	}

	private void describe(ProductDraft product, CSVRecord record) {

		product.texts.put(language, new ProductDraft.Text(value(record, "Title"),
				Rows.blankToNull(value(record, "Body (HTML)"))));
		product.brand = Rows.blankToNull(value(record, "Vendor"));
		product.googleCategory = Rows.blankToNull(value(record, "Google Shopping / Google Product Category"));

		var published = value(record, "Published").toLowerCase(Locale.ROOT);
		var status = value(record, "Status").toLowerCase(Locale.ROOT);
		product.published = !published.equals("false") && (status.isEmpty() || status.equals("active"));

		var vat = value(record, "VAT Category");
		if (!vat.isEmpty()) {
			product.vatCategory = VatCategory.parse(vat).orElseThrow(() -> VatCategory.unknown("VAT Category", vat));
		}

		optionNames.clear();
		for (int i = 1; i <= OPTIONS; i++) {
			optionNames.add(value(record, "Option" + i + " Name"));
		}
	}

	private void add(ProductDraft product, long row, CSVRecord record) {

		var image = Rows.imageUrl("Image Src", value(record, "Image Src"));
		var isVariant = !value(record, "Variant Price").isEmpty() || !value(record, "Option1 Value").isEmpty()
				|| !value(record, "Variant SKU").isEmpty();
		if (!isVariant && image == null) {
			throw new InvalidRow("row has neither a variant nor an image");
		}

		if (isVariant) {
			product.variants.add(variant(product, row, record));
		}
		if (image != null) {
			product.images.add(image);
		}
	}

	private ProductDraft.Variant variant(ProductDraft product, long row, CSVRecord record) {

		var names = new ArrayList<String>();
		var values = new ArrayList<String>();
		for (int i = 1; i <= OPTIONS; i++) {
			var value = value(record, "Option" + i + " Value");
			var ownName = value(record, "Option" + i + " Name");
			var name = ownName.isEmpty() ? optionNames.get(i - 1) : ownName;
			if (!value.isEmpty() && !(name.equals("Title") && value.equals("Default Title"))) {
				names.add(name.isEmpty() ? "Option" + i : name);
				values.add(value);
			}
		}

		var price = value(record, "Variant Price");
		if (price.isEmpty()) {
			throw new InvalidRow("Variant Price is empty");
		}
		var cents = Prices.cents("Variant Price", price);

		var given = value(record, "Variant SKU");
		var sku = given.isEmpty() ? Skus.derive(product.handle, values) : Rows.sku("Variant SKU", given);
		var twin = product.variantWithSku(sku);
		if (twin != null) {
			throw new InvalidRow("variant " + Rows.excerpt(sku) + " repeats the one on row " + twin.row());
		}

		var quantity = Rows.quantity("Variant Inventory Qty", value(record, "Variant Inventory Qty"));
		var oversell = value(record, "Variant Inventory Policy").equalsIgnoreCase("continue");
		var available = quantity == null || quantity > 0 || oversell;

		return new ProductDraft.Variant(row, sku, List.copyOf(names), List.copyOf(values), cents,
				Rows.gtin("Variant Barcode", value(record, "Variant Barcode")),
				Rows.blankToNull(value(record, "Google Shopping / MPN")), available, quantity,
				Rows.imageUrl("Variant Image", value(record, "Variant Image")));
	}

	private String value(CSVRecord record, String column) {
		return columns.get(record, column).strip();
	}
}
