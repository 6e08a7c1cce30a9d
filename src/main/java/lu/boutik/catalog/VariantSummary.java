package lu.boutik.catalog;

import java.util.Map;

import org.jspecify.annotations.Nullable;

public record VariantSummary(String sku, String productTitle, Map<String, String> options, long priceCents,
		String currency, String vatCategory, boolean available, @Nullable Integer quantity, @Nullable String gtin) {
}
