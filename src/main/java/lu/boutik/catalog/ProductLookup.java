package lu.boutik.catalog;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

@Component
public class ProductLookup {

	public Optional<VariantSummary> bySku(UUID storeId, String sku) {
		throw new UnsupportedOperationException("placeholder until the catalog branch is merged");
	}

	public Optional<VariantSummary> byGtin(UUID storeId, String gtin) {
		throw new UnsupportedOperationException("placeholder until the catalog branch is merged");
	}
}
