package lu.boutik.catalog;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import lu.boutik.tenancy.Language;
import org.jspecify.annotations.Nullable;

/**
 * A product as a feed describes it, gathered from one or more rows while the feed is read.
 */
final class ProductDraft {

	/** A title and description in one language. */
	record Text(String title, @Nullable String description) {
	}

	/** One variant of the draft, from the row numbered {@code row}. */
	record Variant(long row, String sku, List<String> optionNames, List<String> optionValues, long priceCents,
			@Nullable String gtin, @Nullable String mpn, boolean available, @Nullable Integer quantity,
			@Nullable String imageUrl) {
	}

	final String handle;
	final long firstRow;
	final Map<Language, Text> texts = new EnumMap<>(Language.class);
	final Set<String> images = new LinkedHashSet<>();
	final List<Variant> variants = new ArrayList<>();
	final List<Long> rows = new ArrayList<>();
	@Nullable String brand;
	@Nullable VatCategory vatCategory;
	@Nullable String googleCategory;
	boolean published = true;

	ProductDraft(String handle, long firstRow) {

		this.handle = handle;
		this.firstRow = firstRow;
	}

	@Nullable Variant variantWithSku(String sku) {
		return variants.stream().filter(variant -> variant.sku().equalsIgnoreCase(sku)).findFirst().orElse(null);
	}
}
