package lu.boutik.tenancy;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
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

	/** A merchant as admins list it. */
	public record Merchant(UUID id, String name) {
	}

	/**
	 * The legal identity a storefront must show: who sells, where they are established, and their trade register
	 * (RCS) and VAT numbers.
	 */
	public record LegalIdentity(@Nullable String legalName, @Nullable String address,
			@Nullable String tradeRegisterNumber, @Nullable String vatNumber) {
	}

	public Optional<Merchant> byId(UUID id) {
		return jdbc.sql("select id, name from merchants where id = ?").param(id)
				.query((row, number) -> new Merchant(row.getObject("id", UUID.class), row.getString("name")))
				.optional();
	}

	public Optional<LegalIdentity> legalIdentity(UUID merchantId) {
		return jdbc.sql("""
				select legal_name, legal_address, trade_register_number, vat_number from merchants where id = ?""")
				.param(merchantId)
				.query((row, number) -> new LegalIdentity(row.getString(1), row.getString(2), row.getString(3),
						row.getString(4)))
				.optional();
	}

	boolean updateLegalIdentity(UUID merchantId, LegalIdentity identity) {
		return jdbc.sql("""
				update merchants set legal_name = ?, legal_address = ?, trade_register_number = ?, vat_number = ?
				where id = ?""")
				.params(identity.legalName(), identity.address(), identity.tradeRegisterNumber(),
						identity.vatNumber(), merchantId)
				.update() == 1;
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
