package lu.boutik.orders;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrderStatusTests {

	@Test
	void followsTheFulfilmentPath() {

		assertThat(OrderStatus.NEW.canBecome(OrderStatus.CONFIRMED)).isTrue();
		assertThat(OrderStatus.CONFIRMED.canBecome(OrderStatus.SHIPPED)).isTrue();
		assertThat(OrderStatus.SHIPPED.canBecome(OrderStatus.DELIVERED)).isTrue();
	}

	@Test
	void refusesSkippingBackwardsAndLeavingFinalStates() {

		assertThat(OrderStatus.NEW.canBecome(OrderStatus.SHIPPED)).isFalse();
		assertThat(OrderStatus.SHIPPED.canBecome(OrderStatus.NEW)).isFalse();
		assertThat(OrderStatus.SHIPPED.canBecome(OrderStatus.CANCELLED)).isFalse();
		for (var next : OrderStatus.values()) {
			assertThat(OrderStatus.DELIVERED.canBecome(next)).isFalse();
			assertThat(OrderStatus.CANCELLED.canBecome(next)).isFalse();
		}
	}
}
