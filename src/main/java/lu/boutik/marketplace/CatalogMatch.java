package lu.boutik.marketplace;

import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import lu.boutik.catalog.ProductLookup;
import lu.boutik.catalog.VariantSummary;

/**
 * Finds the store's product for a Letzshop variant: by GTIN first, since it names one article across shops, then by
 * SKU, which the vendor chose and may have reused.
 */
@Component
class CatalogMatch {

	private final ProductLookup products;

	CatalogMatch(ProductLookup products) {
		this.products = products;
	}

	Optional<VariantSummary> find(UUID storeId, @Nullable String gtin, @Nullable String sku) {

		var byGtin = present(gtin) ? products.byGtin(storeId, gtin.strip()) : Optional.<VariantSummary>empty();
		if (byGtin.isPresent()) {
			return byGtin;
		}
		return present(sku) ? products.bySku(storeId, sku.strip()) : Optional.empty();
	}

	Optional<VariantSummary> bySku(UUID storeId, String sku) {
		return products.bySku(storeId, sku);
	}

	private static boolean present(@Nullable String value) {
		return value != null && !value.isBlank();
	}
}
