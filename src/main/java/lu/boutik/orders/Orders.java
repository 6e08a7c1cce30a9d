package lu.boutik.orders;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The orders of all stores. Every query names the store, so no order is ever read outside its own.
 */
@Repository
class Orders {

	private static final String COLUMNS = """
			id, store_id, number, channel, external_id, external_number, status, email, locale, ship_name,
			ship_street, ship_postal_code, ship_city, ship_country, currency, placed_at, shipped_at, delivered_at,
			tracking_carrier, tracking_number""";

	private final JdbcClient jdbc;

	Orders(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores the order unless its number is taken in its store; says whether it was stored. */
	boolean insertIfNumberFree(Order order) {

		var address = order.shippingAddress();
		var inserted = jdbc.sql("""
				insert into orders (id, store_id, number, channel, external_id, external_number, status, email,
				    locale, ship_name, ship_street, ship_postal_code, ship_city, ship_country, currency,
				    total_net_cents, total_vat_cents, total_gross_cents, placed_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (store_id, number) do nothing""")
				.params(order.id(), order.storeId(), order.number(), order.channel(), order.externalId(),
						order.externalNumber(), order.status().code(), order.email(), order.locale(), address.name(),
						address.street(), address.postalCode(), address.city(), address.country(), order.currency(),
						order.netCents(), order.vatCents(), order.grossCents(), Timestamp.from(order.placedAt()))
				.update() == 1;
		if (inserted) {
			insertLines(order.id(), order.lines());
			recordChange(order.id(), null, order.status(), order.placedAt());
		}
		return inserted;
	}

	void replaceLines(Order order) {

		jdbc.sql("delete from order_lines where order_id = ?").param(order.id()).update();
		insertLines(order.id(), order.lines());
		jdbc.sql("""
				update orders set total_net_cents = ?, total_vat_cents = ?, total_gross_cents = ?, email = ?,
				    external_number = ?
				where id = ?""")
				.params(order.netCents(), order.vatCents(), order.grossCents(), order.email(), order.externalNumber(),
						order.id())
				.update();
	}

	Optional<Order> byNumber(UUID storeId, String number) {
		return one("select " + COLUMNS + " from orders where store_id = ? and number = ?", storeId, number);
	}

	Optional<Order> byId(UUID storeId, UUID id) {
		return one("select " + COLUMNS + " from orders where store_id = ? and id = ?", storeId, id);
	}

	Optional<Order> byExternalId(UUID storeId, String channel, String externalId) {
		return one("select " + COLUMNS + " from orders where store_id = ? and channel = ? and external_id = ?",
				storeId, channel, externalId);
	}

	/** A page of a store's orders, newest first; pages count from 1. */
	List<Order> page(UUID storeId, int page, int size) {
		return jdbc.sql("select " + COLUMNS + " from orders where store_id = ? order by placed_at desc, id "
				+ "limit ? offset ?")
				.params(storeId, size, (long) (page - 1) * size)
				.query(this::map)
				.list();
	}

	long count(UUID storeId) {
		return jdbc.sql("select count(*) from orders where store_id = ?").param(storeId).query(Long.class).single();
	}

	/** Moves the order on only if it still has the status it was read with, so concurrent changes cannot race. */
	boolean changeStatus(Order order, OrderStatus next, Instant at) {

		var changed = jdbc.sql("""
				update orders set status = ?,
				    shipped_at = case when ? = 'shipped' then ? else shipped_at end,
				    delivered_at = case when ? = 'delivered' then ? else delivered_at end
				where id = ? and status = ?""")
				.params(next.code(), next.code(), Timestamp.from(at), next.code(), Timestamp.from(at), order.id(),
						order.status().code())
				.update() == 1;
		if (changed) {
			recordChange(order.id(), order.status(), next, at);
		}
		return changed;
	}

	void recordTracking(UUID orderId, String carrier, String trackingNumber) {
		jdbc.sql("update orders set tracking_carrier = ?, tracking_number = ? where id = ?")
				.params(carrier, trackingNumber, orderId).update();
	}

	private void insertLines(UUID orderId, List<OrderLine> lines) {

		for (var line : lines) {
			jdbc.sql("""
					insert into order_lines (order_id, line_number, sku, title, quantity, unit_gross_cents,
					    vat_rate_basis_points, net_cents, vat_cents, gross_cents)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
					.params(orderId, line.lineNumber(), line.sku(), line.title(), line.quantity(),
							line.unitGrossCents(), line.vatRateBasisPoints(), line.netCents(), line.vatCents(),
							line.grossCents())
					.update();
		}
	}

	private void recordChange(UUID orderId, @Nullable OrderStatus from, OrderStatus to, Instant at) {
		jdbc.sql("insert into order_status_changes (order_id, from_status, to_status, changed_at) values (?, ?, ?, ?)")
				.params(orderId, from == null ? null : from.code(), to.code(), Timestamp.from(at)).update();
	}

	private Optional<Order> one(String sql, Object... params) {
		return jdbc.sql(sql).params(params).query(this::map).optional();
	}

	private List<OrderLine> lines(UUID orderId) {
		return jdbc.sql("""
				select line_number, sku, title, quantity, unit_gross_cents, vat_rate_basis_points, net_cents,
				    vat_cents, gross_cents
				from order_lines where order_id = ? order by line_number""")
				.param(orderId)
				.query((row, number) -> new OrderLine(row.getInt(1), row.getString(2), row.getString(3),
						row.getInt(4), row.getLong(5), row.getInt(6), row.getLong(7), row.getLong(8), row.getLong(9)))
				.list();
	}

	private Order map(ResultSet row, int number) throws SQLException {

		var id = row.getObject("id", UUID.class);
		return new Order(id, row.getObject("store_id", UUID.class), row.getString("number"),
				row.getString("channel"), row.getString("external_id"), row.getString("external_number"),
				OrderStatus.of(row.getString("status")), row.getString("email"), row.getString("locale"),
				new PostalAddress(row.getString("ship_name"), row.getString("ship_street"),
						row.getString("ship_postal_code"), row.getString("ship_city"), row.getString("ship_country")),
				row.getString("currency"), instant(row, "placed_at"), instant(row, "shipped_at"),
				instant(row, "delivered_at"), row.getString("tracking_carrier"), row.getString("tracking_number"),
				lines(id));
	}

	private static @Nullable Instant instant(ResultSet row, String column) throws SQLException {

		var timestamp = row.getTimestamp(column);
		return timestamp == null ? null : timestamp.toInstant();
	}
}
