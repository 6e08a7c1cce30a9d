package lu.boutik.tenancy;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The legal businesses on the platform.
 */
@Repository
public class Merchants {

	private final JdbcClient jdbc;

	Merchants(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A merchant's identity, which its storefronts show. */
	public record Merchant(UUID id, String name) {
	}

	public Optional<Merchant> byId(UUID id) {
		return jdbc.sql("select id, name from merchants where id = ?").param(id)
				.query((row, number) -> new Merchant(row.getObject("id", UUID.class), row.getString("name")))
				.optional();
	}

	List<Merchant> all() {
		return jdbc.sql("select id, name from merchants order by created_at")
				.query((row, number) -> new Merchant(row.getObject("id", UUID.class), row.getString("name")))
				.list();
	}

	void insert(Merchant merchant) {
		jdbc.sql("insert into merchants (id, name) values (?, ?)").params(merchant.id(), merchant.name()).update();
	}
}
