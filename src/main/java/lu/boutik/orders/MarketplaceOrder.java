package lu.boutik.orders;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An order as a marketplace reports it, to be recorded in the store's one order model.
 *
 * @param channel the marketplace, such as {@code letzshop}
 * @param externalId the marketplace's id of the order; recording the same id again updates the order
 * @param externalNumber the number the marketplace shows its customer
 */
public record MarketplaceOrder(UUID storeId, String channel, String externalId, String externalNumber, String email,
		Instant placedAt, @Nullable String locale, PostalAddress shippingAddress, List<MarketplaceOrderLine> lines) {
}
