package lu.boutik.orders;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import lu.boutik.core.Money;
import lu.boutik.core.web.Problem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may do with orders: record marketplace orders, move orders on, keep tracking numbers.
 */
@Service
public class OrderManagement {

	private static final int ATTEMPTS = 5;

	private final Orders orders;
	private final Clock clock;

	OrderManagement(Orders orders, Clock clock) {

		this.orders = orders;
		this.clock = clock;
	}

	/**
	 * Records a marketplace order, or updates the one recorded under the same external id; returns its id. The
	 * order keeps its own number and status across updates.
	 */
	@Transactional
	public UUID recordMarketplaceOrder(MarketplaceOrder incoming) {

		var lines = IntStream.range(0, incoming.lines().size())
				.mapToObj(i -> {
					var line = incoming.lines().get(i);
					return OrderLine.of(i + 1, line.sku(), line.title(), line.quantity(), line.unitGrossCents(),
							line.vatRateBasisPoints());
				})
				.toList();

		var existing = orders.byExternalId(incoming.storeId(), incoming.channel(), incoming.externalId());
		if (existing.isPresent()) {
			var order = existing.get();
			orders.replaceLines(withLines(order, incoming, lines));
			return order.id();
		}

		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			var order = new Order(UUID.randomUUID(), incoming.storeId(), OrderNumbers.next(), incoming.channel(),
					incoming.externalId(), incoming.externalNumber(), OrderStatus.NEW, incoming.email(),
					incoming.locale(), incoming.shippingAddress(), Money.EUR, incoming.placedAt(), null, null, null,
					null, lines);
			if (orders.insertIfNumberFree(order)) {
				return order.id();
			}
		}
		throw new IllegalStateException("no free order number after " + ATTEMPTS + " attempts");
	}

	@Transactional
	public void changeStatus(UUID storeId, UUID orderId, OrderStatus status) {
		change(orders.byId(storeId, orderId).orElseThrow(() -> Problem.notFound("order")), status);
	}

	@Transactional
	public void recordTracking(UUID storeId, UUID orderId, String carrier, String trackingNumber) {

		var order = orders.byId(storeId, orderId).orElseThrow(() -> Problem.notFound("order"));
		orders.recordTracking(order.id(), carrier, trackingNumber);
	}

	void change(Order order, OrderStatus status) {

		if (order.status() == status) {
			return;
		}
		if (!order.status().canBecome(status) || !orders.changeStatus(order, status, clock.instant())) {
			throw Problem.conflict("invalid-status-transition",
					"An order that is " + order.status().code() + " cannot become " + status.code() + ".")
					.with("current_status", order.status().code())
					.with("allowed", List.of(OrderStatus.values()).stream().filter(order.status()::canBecome)
							.map(OrderStatus::code).toList());
		}
	}

	private static Order withLines(Order order, MarketplaceOrder incoming, List<OrderLine> lines) {
		return new Order(order.id(), order.storeId(), order.number(), order.channel(), order.externalId(),
				incoming.externalNumber(), order.status(), incoming.email(), order.locale(), order.shippingAddress(),
				order.currency(), order.placedAt(), order.shippedAt(), order.deliveredAt(), order.trackingCarrier(),
				order.trackingNumber(), lines);
	}
}
