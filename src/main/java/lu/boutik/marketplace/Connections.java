package lu.boutik.marketplace;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stores' connections to Letzshop.
 */
@Repository
class Connections {

	private static final String COLUMNS = """
			store_id, endpoint, api_key_sealed, api_key_hint, vendor_id, vendor_name, enabled, sync_every_minutes""";

	private final JdbcClient jdbc;

	Connections(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Connection> of(UUID storeId) {
		return jdbc.sql("select " + COLUMNS + " from letzshop_connections where store_id = ?")
				.param(storeId).query(Connections::map).optional();
	}

	Optional<Connection> ofVendor(String vendorId) {
		return jdbc.sql("select " + COLUMNS + " from letzshop_connections where vendor_id = ?")
				.param(vendorId).query(Connections::map).optional();
	}

	List<Connection> active() {
		return jdbc.sql("select " + COLUMNS + " from letzshop_connections where enabled and api_key_sealed is not null")
				.query(Connections::map).list();
	}

	void save(Connection connection) {

		jdbc.sql("""
				insert into letzshop_connections (store_id, endpoint, api_key_sealed, api_key_hint, vendor_id,
						vendor_name, enabled, sync_every_minutes)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (store_id) do update set endpoint = excluded.endpoint,
						api_key_sealed = excluded.api_key_sealed, api_key_hint = excluded.api_key_hint,
						vendor_id = excluded.vendor_id, vendor_name = excluded.vendor_name,
						enabled = excluded.enabled, sync_every_minutes = excluded.sync_every_minutes,
						updated_at = now()""")
				.params(connection.storeId(), connection.endpoint().toString(), connection.sealedApiKey(),
						connection.apiKeyHint(), connection.vendorId(), connection.vendorName(), connection.enabled(),
						connection.syncEveryMinutes())
				.update();
	}

	/** Replaces a sealed key by the same key sealed under the current key, unless it was changed meanwhile. */
	void resealed(UUID storeId, String sealed, String resealed) {
		jdbc.sql("update letzshop_connections set api_key_sealed = ? where store_id = ? and api_key_sealed = ?")
				.params(resealed, storeId, sealed).update();
	}

	private static Connection map(ResultSet row, int number) throws SQLException {
		return new Connection(row.getObject("store_id", UUID.class), URI.create(row.getString("endpoint")),
				row.getString("api_key_sealed"), row.getString("api_key_hint"), row.getString("vendor_id"),
				row.getString("vendor_name"), row.getBoolean("enabled"), row.getInt("sync_every_minutes"));
	}
}
