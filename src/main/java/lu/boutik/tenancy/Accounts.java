package lu.boutik.tenancy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The sign-in accounts of the admin, merchant and store realms. Emails are stored normalised.
 */
@Repository
class Accounts {

	private final JdbcClient jdbc;

	Accounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** What sign-in needs of an account. */
	record Credentials(UUID id, @Nullable UUID tenantId, String passwordHash, String role) {
	}

	Optional<Credentials> admin(String email) {
		return jdbc.sql("select id, null::uuid as tenant, password_hash, role from admins where email = ?")
				.param(email).query(Accounts::credentials).optional();
	}

	Optional<Credentials> merchantOwner(String email) {
		return jdbc.sql("""
				select id, merchant_id as tenant, password_hash, 'owner' as role
				from merchant_accounts where email = ?""")
				.param(email).query(Accounts::credentials).optional();
	}

	Optional<Credentials> storeMember(String storeCode, String email) {
		return jdbc.sql("""
				select m.id, m.store_id as tenant, m.password_hash, m.role
				from store_members m join stores s on s.id = m.store_id
				where s.code = ? and m.email = ? and s.status = 'active'""")
				.params(storeCode, email).query(Accounts::credentials).optional();
	}

	boolean anyAdmin() {
		return jdbc.sql("select exists (select 1 from admins)").query(Boolean.class).single();
	}

	boolean insertAdmin(UUID id, String email, String passwordHash, String role) {
		return jdbc.sql("""
				insert into admins (id, email, password_hash, role) values (?, ?, ?, ?)
				on conflict (email) do nothing""")
				.params(id, email, passwordHash, role).update() == 1;
	}

	boolean insertMerchantOwner(UUID id, UUID merchantId, String email, String passwordHash) {
		return jdbc.sql("""
				insert into merchant_accounts (id, merchant_id, email, password_hash) values (?, ?, ?, ?)
				on conflict (email) do nothing""")
				.params(id, merchantId, email, passwordHash).update() == 1;
	}

	boolean insertStoreMember(UUID id, UUID storeId, String email, String passwordHash, String role) {
		return jdbc.sql("""
				insert into store_members (id, store_id, email, password_hash, role) values (?, ?, ?, ?, ?)
				on conflict (store_id, email) do nothing""")
				.params(id, storeId, email, passwordHash, role).update() == 1;
	}

	private static Credentials credentials(ResultSet row, int number) throws SQLException {
		return new Credentials(row.getObject("id", UUID.class), row.getObject("tenant", UUID.class),
				row.getString("password_hash"), row.getString("role"));
	}
}
