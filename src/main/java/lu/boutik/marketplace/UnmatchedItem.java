package lu.boutik.marketplace;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A variant of a Letzshop shipment that matched no product of the store, neither by GTIN nor by SKU. Its order line
 * carries Letzshop's own SKU and title until a member names the store's product; the next import then uses it.
 */
record UnmatchedItem(UUID id, UUID storeId, String shipmentId, String variantId, @Nullable String sku,
		@Nullable String gtin, String title, int units, Status status, @Nullable String resolvedSku,
		@Nullable Instant resolvedAt, Instant createdAt) {

	enum Status {

		OPEN, RESOLVED;

		@JsonValue
		String code() {
			return name().toLowerCase(Locale.ROOT);
		}
	}
}
