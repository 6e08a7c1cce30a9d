package lu.boutik.catalog;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What another module needs to know of one variant: to price an order line, to compute its VAT, to match a
 * marketplace order.
 *
 * @param sku the variant's SKU, unique within its store
 * @param productTitle its product's title in the store's default language, or another if that one is missing
 * @param options option names to values, in the feed's order, such as {@code Size: Small}; empty for a product
 *        without variants
 * @param priceCents the consumer price, VAT included, in cents
 * @param currency always {@code EUR}
 * @param vatCategory {@code standard}, {@code intermediate}, {@code reduced} or {@code super_reduced}
 * @param available whether it may be ordered
 * @param quantity the stock, if the feed tracks it
 * @param gtin its GTIN, digits only
 */
public record VariantSummary(String sku, String productTitle, Map<String, String> options, long priceCents,
		String currency, String vatCategory, boolean available, @Nullable Integer quantity, @Nullable String gtin) {
}
