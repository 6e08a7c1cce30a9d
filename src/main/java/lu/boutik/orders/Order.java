package lu.boutik.orders;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An order of a store, from its storefront or from the marketplace. Totals are the sums of its lines.
 */
record Order(UUID id, UUID storeId, String number, String channel, @Nullable String externalId,
		@Nullable String externalNumber, OrderStatus status, String email, @Nullable String locale,
		PostalAddress shippingAddress, String currency, Instant placedAt, @Nullable Instant shippedAt,
		@Nullable Instant deliveredAt, @Nullable String trackingCarrier, @Nullable String trackingNumber,
		List<OrderLine> lines) {

	/** Consumers may withdraw within 14 days of delivery. */
	static final int WITHDRAWAL_DAYS = 14;

	long netCents() {
		return lines.stream().mapToLong(OrderLine::netCents).sum();
	}

	long vatCents() {
		return lines.stream().mapToLong(OrderLine::vatCents).sum();
	}

	long grossCents() {
		return lines.stream().mapToLong(OrderLine::grossCents).sum();
	}

	@Nullable
	Instant withdrawalDeadline() {
		return deliveredAt == null ? null : deliveredAt.plus(WITHDRAWAL_DAYS, ChronoUnit.DAYS);
	}
}
