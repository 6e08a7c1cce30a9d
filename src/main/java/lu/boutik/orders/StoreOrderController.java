package lu.boutik.orders;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import lu.boutik.core.Money;
import lu.boutik.core.web.Paging;
import lu.boutik.core.web.Problem;
import lu.boutik.security.Caller;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A store's members see its orders and move them on. Every look-up is within the caller's own store.
 */
@RestController
@RequestMapping("/api/v1/store/orders")
class StoreOrderController {

	private final Orders orders;
	private final OrderManagement management;

	StoreOrderController(Orders orders, OrderManagement management) {

		this.orders = orders;
		this.management = management;
	}

	record Summary(String orderNumber, String channel, OrderStatus status, Money total, Instant placedAt) {
	}

	record Page(List<Summary> items, int page, int size, long total) {
	}

	record Line(String sku, String title, int quantity, Money unitPrice, int vatRateBasisPoints, Money net,
			Money vat, Money gross) {
	}

	record Detail(String orderNumber, String channel, @Nullable String externalNumber, OrderStatus status,
			String email, PostalAddress shippingAddress, List<Line> lines, Money net, Money vat, Money total,
			Instant placedAt, @Nullable Instant shippedAt, @Nullable Instant deliveredAt,
			@Nullable Instant withdrawalDeadline, @Nullable String trackingCarrier, @Nullable String trackingNumber) {
	}

	record StatusChange(@NotBlank String status) {
	}

	@GetMapping
	Page list(Caller caller, @RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {

		var paging = Paging.of(page, size, null);
		var items = orders.page(caller.storeId(), paging.page(), paging.size()).stream()
				.map(order -> new Summary(order.number(), order.channel(), order.status(),
						new Money(order.grossCents(), order.currency()), order.placedAt()))
				.toList();
		return new Page(items, paging.page(), paging.size(), orders.count(caller.storeId()));
	}

	@GetMapping("/{number}")
	Detail show(Caller caller, @PathVariable String number) {
		return detail(find(caller, number));
	}

	@PostMapping("/{number}/status")
	Detail changeStatus(Caller caller, @PathVariable String number, @Valid @RequestBody StatusChange change) {

		var status = OrderStatus.named("status", change.status());
		management.change(find(caller, number), status);
		return detail(find(caller, number));
	}

	private Order find(Caller caller, String number) {
		return orders.byNumber(caller.storeId(), number).orElseThrow(() -> Problem.notFound("order"));
	}

	private static Detail detail(Order order) {

		var currency = order.currency();
		var lines = order.lines().stream()
				.map(line -> new Line(line.sku(), line.title(), line.quantity(),
						new Money(line.unitGrossCents(), currency), line.vatRateBasisPoints(),
						new Money(line.netCents(), currency), new Money(line.vatCents(), currency),
						new Money(line.grossCents(), currency)))
				.toList();
		return new Detail(order.number(), order.channel(), order.externalNumber(), order.status(), order.email(),
				order.shippingAddress(), lines, new Money(order.netCents(), currency),
				new Money(order.vatCents(), currency), new Money(order.grossCents(), currency), order.placedAt(),
				order.shippedAt(), order.deliveredAt(), order.withdrawalDeadline(), order.trackingCarrier(),
				order.trackingNumber());
	}
}
