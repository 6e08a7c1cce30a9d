package lu.boutik.marketplace;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The items of imported shipments that are waiting for a member to say which product they are.
 */
@Repository
class UnmatchedItems {

	private final JdbcClient jdbc;

	UnmatchedItems(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Records the item unless it is already known; returns whether it was new. */
	boolean open(UUID storeId, String shipmentId, String variantId, @Nullable String sku, @Nullable String gtin,
			String title, int units) {

		return jdbc.sql("""
				insert into letzshop_exceptions (id, store_id, shipment_id, variant_id, sku, gtin, title, units)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (store_id, shipment_id, variant_id) do update set units = excluded.units
				returning (xmax = 0) as inserted""")
				.params(UUID.randomUUID(), storeId, shipmentId, variantId, sku, gtin, title, units)
				.query(Boolean.class).single();
	}

	Optional<UnmatchedItem> of(UUID storeId, UUID id) {
		return jdbc.sql("select * from letzshop_exceptions where store_id = ? and id = ?")
				.params(storeId, id).query(UnmatchedItems::map).optional();
	}

	Optional<UnmatchedItem> of(UUID storeId, String shipmentId, String variantId) {
		return jdbc.sql("select * from letzshop_exceptions where store_id = ? and shipment_id = ? and variant_id = ?")
				.params(storeId, shipmentId, variantId).query(UnmatchedItems::map).optional();
	}

	List<UnmatchedItem> ofStore(UUID storeId, UnmatchedItem.@Nullable Status status, int limit) {

		if (status == null) {
			return jdbc.sql("select * from letzshop_exceptions where store_id = ? order by created_at desc limit ?")
					.params(storeId, limit).query(UnmatchedItems::map).list();
		}
		return jdbc.sql("""
				select * from letzshop_exceptions where store_id = ? and status = ? order by created_at desc limit ?""")
				.params(storeId, status.name().toLowerCase(Locale.ROOT), limit).query(UnmatchedItems::map).list();
	}

	void resolve(UUID storeId, UUID id, String sku, UUID by, Instant at) {
		jdbc.sql("""
				update letzshop_exceptions set status = 'resolved', resolved_sku = ?, resolved_by = ?, resolved_at = ?
				where store_id = ? and id = ?""")
				.params(sku, by, Timestamp.from(at), storeId, id).update();
	}

	private static UnmatchedItem map(ResultSet row, int number) throws SQLException {

		var resolvedAt = row.getTimestamp("resolved_at");
		return new UnmatchedItem(row.getObject("id", UUID.class), row.getObject("store_id", UUID.class),
				row.getString("shipment_id"), row.getString("variant_id"), row.getString("sku"), row.getString("gtin"),
				row.getString("title"), row.getInt("units"),
				UnmatchedItem.Status.valueOf(row.getString("status").toUpperCase(Locale.ROOT)),
				row.getString("resolved_sku"), resolvedAt == null ? null : resolvedAt.toInstant(),
				row.getTimestamp("created_at").toInstant());
	}
}
