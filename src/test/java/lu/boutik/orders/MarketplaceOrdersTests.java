package lu.boutik.orders;

import static lu.boutik.orders.OrderStatus.CANCELLED;
import static lu.boutik.orders.OrderStatus.CONFIRMED;
import static lu.boutik.orders.OrderStatus.NEW;
import static lu.boutik.orders.OrderStatus.SHIPPED;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarketplaceOrdersTests {

	@Test
	void confirmsANewOrderBeforeShippingIt() {
		assertThat(MarketplaceOrders.path(NEW, SHIPPED)).containsExactly(CONFIRMED, SHIPPED);
	}

	@Test
	void leavesAnOrderThatIsAlreadyThere() {
		assertThat(MarketplaceOrders.path(CONFIRMED, CONFIRMED)).isEmpty();
	}

	@Test
	void neverMovesAnOrderBack() {

		assertThat(MarketplaceOrders.path(SHIPPED, CONFIRMED)).isEmpty();
		assertThat(MarketplaceOrders.path(CANCELLED, CONFIRMED)).isEmpty();
	}

	@Test
	void cancelsAConfirmedOrderDirectly() {
		assertThat(MarketplaceOrders.path(CONFIRMED, CANCELLED)).containsExactly(CANCELLED);
	}
}
