package lu.boutik.tenancy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import lu.boutik.core.web.Problem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * All stores of the platform.
 */
@Repository
public class Stores {

	private static final String COLUMNS = "id, merchant_id, code, name, default_language, status";

	private final JdbcClient jdbc;

	Stores(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Store> byId(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from stores where id = ?").param(id).query(Stores::map).optional();
	}

	public Optional<Store> byCode(String code) {
		return jdbc.sql("select " + COLUMNS + " from stores where code = ?").param(code).query(Stores::map)
				.optional();
	}

	/** The open store of a storefront address; any other answers as not found, closed or suspended alike. */
	public Store openByCode(String code) {
		return byCode(code).filter(Store::isOpen).orElseThrow(() -> Problem.notFound("store"));
	}

	public List<Store> ofMerchant(UUID merchantId) {
		return jdbc.sql("select " + COLUMNS + " from stores where merchant_id = ? order by created_at")
				.param(merchantId).query(Stores::map).list();
	}

	public List<Store> all() {
		return jdbc.sql("select " + COLUMNS + " from stores order by created_at").query(Stores::map).list();
	}

	boolean changeStatus(UUID id, String status) {
		return jdbc.sql("update stores set status = ? where id = ?").params(status, id).update() == 1;
	}

	boolean insertIfCodeFree(Store store) {
		return jdbc.sql("""
				insert into stores (id, merchant_id, code, name, default_language, status)
				values (?, ?, ?, ?, ?, ?) on conflict (code) do nothing""")
				.params(store.id(), store.merchantId(), store.code(), store.name(), store.defaultLanguage().code(),
						store.status())
				.update() == 1;
	}

	private static Store map(ResultSet row, int number) throws SQLException {
		return new Store(row.getObject("id", UUID.class), row.getObject("merchant_id", UUID.class),
				row.getString("code"), row.getString("name"), Language.of("default_language",
						row.getString("default_language")),
				row.getString("status"));
	}
}
