package lu.boutik.catalog;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import lu.boutik.tenancy.Language;
import org.jspecify.annotations.Nullable;

/**
 * A product with everything a feed export needs: its texts in every language it has, its images and its variants.
 * Descriptions are the merchant's own text, HTML included as the feed gave it: whoever renders one must escape or
 * sanitise it.
 *
 * @param id the product's id
 * @param handle the product's handle, or the item group of a Google Shopping feed
 * @param texts title and description by language
 * @param vatCategory {@code standard}, {@code intermediate}, {@code reduced} or {@code super_reduced}
 * @param googleCategory the Google product category, if the feed gave one
 * @param published whether the storefront shows it
 * @param imageUrls absolute http or https addresses, the main image first
 * @param variants in the feed's order, the default variant first
 */
public record ExportedProduct(UUID id, String handle, Map<Language, Text> texts, @Nullable String brand,
		String vatCategory, @Nullable String googleCategory, boolean published, List<String> imageUrls,
		List<Variant> variants) {

	/** A title and description in one language. */
	public record Text(String title, @Nullable String description) {
	}

	/**
	 * One variant.
	 *
	 * @param priceCents the consumer price, VAT included, in cents
	 */
	public record Variant(String sku, Map<String, String> options, long priceCents, String currency,
			@Nullable String gtin, @Nullable String mpn, boolean available, @Nullable Integer quantity,
			@Nullable String imageUrl) {
	}
}
