package lu.boutik.marketplace;

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

import lu.boutik.marketplace.client.InventoryUnitState;
import lu.boutik.marketplace.client.ShipmentState;
import lu.boutik.marketplace.client.TrackingCarrier;

/**
 * The shipments imported from Letzshop, their units, and the tracking Boutik sent for them.
 */
@Repository
class ImportedShipments {

	private final JdbcClient jdbc;

	ImportedShipments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A shipment as Boutik holds it. */
	record ImportedShipment(UUID storeId, String shipmentId, String number, String orderNumber, ShipmentState state,
			UUID orderId, String fingerprint, @Nullable TrackingCarrier trackingCarrier, @Nullable String trackingCode,
			@Nullable Instant trackingSentAt, List<Unit> units) {
	}

	/** One inventory unit, with the store's SKU it was matched to if any. */
	record Unit(String unitId, String variantId, @Nullable String sku, @Nullable String gtin, InventoryUnitState state,
			@Nullable String matchedSku) {
	}

	Optional<ImportedShipment> of(UUID storeId, String shipmentId) {
		return jdbc.sql("select * from letzshop_shipments where store_id = ? and shipment_id = ?")
				.params(storeId, shipmentId).query((row, n) -> map(row)).optional();
	}

	Optional<ImportedShipment> ofOrder(UUID storeId, UUID orderId) {
		return jdbc.sql("select * from letzshop_shipments where store_id = ? and order_id = ?")
				.params(storeId, orderId).query((row, n) -> map(row)).optional();
	}

	List<ImportedShipment> ofStore(UUID storeId, int limit) {
		return jdbc.sql("select * from letzshop_shipments where store_id = ? order by imported_at desc limit ?")
				.params(storeId, limit).query((row, n) -> map(row)).list();
	}

	/** Stores the shipment and its units as Letzshop reports them now; returns whether it was new. */
	boolean save(ImportedShipment shipment) {

		var inserted = jdbc.sql("""
				insert into letzshop_shipments (store_id, shipment_id, number, order_number, state, order_id,
						fingerprint)
				values (?, ?, ?, ?, ?, ?, ?)
				on conflict (store_id, shipment_id) do update set number = excluded.number,
						order_number = excluded.order_number, state = excluded.state, order_id = excluded.order_id,
						fingerprint = excluded.fingerprint, updated_at = now()
				returning (xmax = 0) as inserted""")
				.params(shipment.storeId(), shipment.shipmentId(), shipment.number(), shipment.orderNumber(),
						shipment.state().wire(), shipment.orderId(), shipment.fingerprint())
				.query(Boolean.class).single();

		for (var unit : shipment.units()) {
			jdbc.sql("""
					insert into letzshop_units (store_id, unit_id, shipment_id, variant_id, sku, gtin, state,
							matched_sku)
					values (?, ?, ?, ?, ?, ?, ?, ?)
					on conflict (store_id, unit_id) do update set shipment_id = excluded.shipment_id,
							variant_id = excluded.variant_id, sku = excluded.sku, gtin = excluded.gtin,
							state = excluded.state, matched_sku = excluded.matched_sku""")
					.params(shipment.storeId(), unit.unitId(), shipment.shipmentId(), unit.variantId(), unit.sku(),
							unit.gtin(), unit.state().wire(), unit.matchedSku())
					.update();
		}

		var current = shipment.units().stream().map(Unit::unitId).toArray(String[]::new);
		jdbc.sql("delete from letzshop_units where store_id = ? and shipment_id = ? and unit_id <> all (?)")
				.params(shipment.storeId(), shipment.shipmentId(), current).update();
		return inserted;
	}

	/** Makes the next import record the shipment again even if Letzshop reports it unchanged. */
	void forgetFingerprint(UUID storeId, String shipmentId) {
		jdbc.sql("update letzshop_shipments set fingerprint = '' where store_id = ? and shipment_id = ?")
				.params(storeId, shipmentId).update();
	}

	void unitDecided(UUID storeId, String unitId, InventoryUnitState state, Instant at) {
		jdbc.sql("update letzshop_units set state = ?, decided_at = ? where store_id = ? and unit_id = ?")
				.params(state.wire(), Timestamp.from(at), storeId, unitId).update();
	}

	void stateChanged(UUID storeId, String shipmentId, ShipmentState state) {
		jdbc.sql("update letzshop_shipments set state = ?, updated_at = now() where store_id = ? and shipment_id = ?")
				.params(state.wire(), storeId, shipmentId).update();
	}

	void trackingSent(UUID storeId, String shipmentId, TrackingCarrier carrier, String code, Instant at) {
		jdbc.sql("""
				update letzshop_shipments set tracking_carrier = ?, tracking_code = ?, tracking_sent_at = ?,
						updated_at = now()
				where store_id = ? and shipment_id = ?""")
				.params(carrier.wire(), code, Timestamp.from(at), storeId, shipmentId).update();
	}

	private ImportedShipment map(ResultSet row) throws SQLException {

		var storeId = row.getObject("store_id", UUID.class);
		var shipmentId = row.getString("shipment_id");
		var carrier = row.getString("tracking_carrier");
		var sentAt = row.getTimestamp("tracking_sent_at");

		var units = jdbc.sql("select * from letzshop_units where store_id = ? and shipment_id = ? order by unit_id")
				.params(storeId, shipmentId)
				.query((unit, n) -> new Unit(unit.getString("unit_id"), unit.getString("variant_id"),
						unit.getString("sku"), unit.getString("gtin"),
						InventoryUnitState.parse(unit.getString("state")), unit.getString("matched_sku")))
				.list();

		return new ImportedShipment(storeId, shipmentId, row.getString("number"), row.getString("order_number"),
				ShipmentState.parse(row.getString("state")), row.getObject("order_id", UUID.class),
				row.getString("fingerprint"), carrier == null ? null : TrackingCarrier.parse(carrier),
				row.getString("tracking_code"), sentAt == null ? null : sentAt.toInstant(), units);
	}
}
