package lu.boutik.orders;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.EnumMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import lu.boutik.core.web.Problem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a marketplace integration needs beyond recording its orders: letting an order's status follow the
 * marketplace's, and the VAT rate of a category on a given day.
 */
@Service
public class MarketplaceOrders {

	private final Orders orders;
	private final OrderManagement management;
	private final VatRates vatRates;

	MarketplaceOrders(Orders orders, OrderManagement management, VatRates vatRates) {

		this.orders = orders;
		this.management = management;
		this.vatRates = vatRates;
	}

	/**
	 * Moves the order towards the status the marketplace reports, through every allowed step on the way (a new order
	 * the marketplace reports shipped is confirmed first). An order already there, or past it, stays as it is.
	 *
	 * @return the order's status afterwards
	 */
	@Transactional
	public OrderStatus follow(UUID storeId, UUID orderId, OrderStatus reported) {

		var order = orders.byId(storeId, orderId).orElseThrow(() -> Problem.notFound("order"));
		var current = order.status();

		for (var step : path(current, reported)) {
			management.change(orders.byId(storeId, orderId).orElseThrow(), step);
			current = step;
		}
		return current;
	}

	/** The VAT rate of a category ({@code standard}, {@code intermediate}, {@code reduced}, {@code super_reduced}). */
	public int vatRateBasisPoints(String category, LocalDate day) {
		return vatRates.basisPointsOn(category, day);
	}

	/** The shortest chain of allowed transitions from one status to another; empty when there is none. */
	static List<OrderStatus> path(OrderStatus from, OrderStatus to) {

		Map<OrderStatus, OrderStatus> previous = new EnumMap<>(OrderStatus.class);
		var queue = new ArrayDeque<OrderStatus>();
		queue.add(from);

		while (!queue.isEmpty()) {

			var status = queue.poll();
			if (status == to) {
				break;
			}
			for (var next : OrderStatus.values()) {
				if (status.canBecome(next) && next != from && !previous.containsKey(next)) {
					previous.put(next, status);
					queue.add(next);
				}
			}
		}

		var steps = new LinkedList<OrderStatus>();
		for (var status = to; previous.containsKey(status); status = previous.get(status)) {
			steps.addFirst(status);
		}
		return steps;
	}
}
