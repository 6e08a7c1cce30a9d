package lu.boutik.tenancy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import lu.boutik.security.Account;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The sign-in accounts of the admin, merchant and store realms. Emails are stored normalised; an account created by
 * invitation has no password until the invitation is accepted.
 */
@Repository
class Accounts {

	private static final String ADMINS = """
			select id, null::uuid as tenant, null as store_code, email, password_hash, role, email_verified_at,
			language from admins""";
	private static final String OWNERS = """
			select id, merchant_id as tenant, null as store_code, email, password_hash, 'owner' as role,
			email_verified_at, language from merchant_accounts""";
	private static final String MEMBERS = """
			select m.id, m.store_id as tenant, s.code as store_code, m.email, m.password_hash, m.role,
			m.email_verified_at, m.language
			from store_members m join stores s on s.id = m.store_id""";

	private final JdbcClient jdbc;
	private final Clock clock;

	Accounts(JdbcClient jdbc, Clock clock) {

		this.jdbc = jdbc;
		this.clock = clock;
	}

	Optional<Account> admin(String email) {
		return jdbc.sql(ADMINS + " where email = ?").param(email).query(Accounts::account).optional();
	}

	Optional<Account> adminById(UUID id) {
		return jdbc.sql(ADMINS + " where id = ?").param(id).query(Accounts::account).optional();
	}

	Optional<Account> merchantOwner(String email) {
		return jdbc.sql(OWNERS + " where email = ?").param(email).query(Accounts::account).optional();
	}

	Optional<Account> merchantOwnerById(UUID id) {
		return jdbc.sql(OWNERS + " where id = ?").param(id).query(Accounts::account).optional();
	}

	/** A member of an open store: members of suspended or closed stores cannot sign in or recover access. */
	Optional<Account> storeMember(String storeCode, String email) {
		return jdbc.sql(MEMBERS + " where s.code = ? and m.email = ? and s.status = 'active'")
				.params(storeCode, email).query(Accounts::account).optional();
	}

	Optional<Account> storeMemberById(UUID id) {
		return jdbc.sql(MEMBERS + " where m.id = ? and s.status = 'active'").param(id).query(Accounts::account)
				.optional();
	}

	boolean anyAdmin() {
		return jdbc.sql("select exists (select 1 from admins)").query(Boolean.class).single();
	}

	boolean insertAdmin(UUID id, String email, @Nullable String passwordHash, String role) {
		return jdbc.sql("""
				insert into admins (id, email, password_hash, role) values (?, ?, ?, ?)
				on conflict (email) do nothing""")
				.params(id, email, passwordHash, role).update() == 1;
	}

	boolean insertMerchantOwner(UUID id, UUID merchantId, String email, @Nullable String passwordHash) {
		return jdbc.sql("""
				insert into merchant_accounts (id, merchant_id, email, password_hash) values (?, ?, ?, ?)
				on conflict (email) do nothing""")
				.params(id, merchantId, email, passwordHash).update() == 1;
	}

	boolean insertStoreMember(UUID id, UUID storeId, String email, @Nullable String passwordHash, String role,
			Language language) {
		return jdbc.sql("""
				insert into store_members (id, store_id, email, password_hash, role, language)
				values (?, ?, ?, ?, ?, ?)
				on conflict (store_id, email) do nothing""")
				.params(id, storeId, email, passwordHash, role, language.code()).update() == 1;
	}

	void changePassword(String table, UUID id, String passwordHash) {
		jdbc.sql("update " + table + " set password_hash = ?, email_verified_at = coalesce(email_verified_at, ?)"
				+ " where id = ?")
				.params(passwordHash, Timestamp.from(clock.instant()), id).update();
	}

	void markVerified(String table, UUID id) {
		jdbc.sql("update " + table + " set email_verified_at = coalesce(email_verified_at, ?) where id = ?")
				.params(Timestamp.from(clock.instant()), id).update();
	}

	private static Account account(ResultSet row, int number) throws SQLException {
		return new Account(row.getObject("id", UUID.class), row.getObject("tenant", UUID.class),
				row.getString("store_code"), row.getString("email"), row.getString("password_hash"),
				Set.of(row.getString("role")), row.getTimestamp("email_verified_at") != null,
				row.getString("language"));
	}
}
