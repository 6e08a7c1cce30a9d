package lu.boutik.orders;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonValue;
import lu.boutik.core.web.Problem;

/**
 * Where an order stands. Only the transitions listed here are allowed; a cancelled or delivered order is final.
 */
public enum OrderStatus {

	NEW, CONFIRMED, SHIPPED, DELIVERED, CANCELLED;

	private static final Map<OrderStatus, Set<OrderStatus>> NEXT = Map.of(
			NEW, Set.of(CONFIRMED, CANCELLED),
			CONFIRMED, Set.of(SHIPPED, CANCELLED),
			SHIPPED, Set.of(DELIVERED),
			DELIVERED, Set.of(),
			CANCELLED, Set.of());

	public boolean canBecome(OrderStatus next) {
		return NEXT.get(this).contains(next);
	}

	@JsonValue
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	static OrderStatus of(String code) {
		return valueOf(code.toUpperCase(Locale.ROOT));
	}

	/** The status a client named in {@code field}, or a problem that lists the statuses there are. */
	static OrderStatus named(String field, String code) {

		for (var status : values()) {
			if (status.code().equals(code)) {
				return status;
			}
		}
		throw Problem.invalidField(field, "one of new, confirmed, shipped, delivered, cancelled");
	}
}
