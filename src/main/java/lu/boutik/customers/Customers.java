package lu.boutik.customers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import lu.boutik.security.Account;
import lu.boutik.security.AccountDirectory;
import lu.boutik.security.Realm;
import lu.boutik.tenancy.Language;
import lu.boutik.tenancy.Stores;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The customers of every store. A customer belongs to one store: the same email at two stores is two customers.
 * Customers sign in only once their address is verified, and only at an open store.
 */
@Repository
class Customers implements AccountDirectory {

	private static final String COLUMNS = "id, store_id, email, password_hash, language, email_verified_at";

	private final JdbcClient jdbc;
	private final Stores stores;
	private final Clock clock;

	Customers(JdbcClient jdbc, Stores stores, Clock clock) {

		this.jdbc = jdbc;
		this.stores = stores;
		this.clock = clock;
	}

	@Override
	public Realm realm() {
		return Realm.CUSTOMER;
	}

	@Override
	public Optional<Account> find(String storeCode, String email) {
		return stores.byCode(storeCode).filter(store -> store.isOpen())
				.flatMap(store -> jdbc.sql("select " + COLUMNS + " from customers where store_id = ? and email = ?")
						.params(store.id(), email)
						.query((row, number) -> account(row, store.code()))
						.optional());
	}

	@Override
	public Optional<Account> byId(UUID id) {
		var storeId = jdbc.sql("select store_id from customers where id = ?").param(id).query(UUID.class).optional();
		return storeId.flatMap(stores::byId).filter(store -> store.isOpen())
				.flatMap(store -> jdbc.sql("select " + COLUMNS + " from customers where id = ?").param(id)
						.query((row, number) -> account(row, store.code()))
						.optional());
	}

	@Override
	public void changePassword(UUID id, String passwordHash) {
		jdbc.sql("""
				update customers set password_hash = ?, email_verified_at = coalesce(email_verified_at, ?)
				where id = ?""")
				.params(passwordHash, Timestamp.from(clock.instant()), id).update();
	}

	@Override
	public void markVerified(UUID id) {
		jdbc.sql("update customers set email_verified_at = coalesce(email_verified_at, ?) where id = ?")
				.params(Timestamp.from(clock.instant()), id).update();
	}

	@Override
	public String pagesPath(Account account) {
		return "/s/" + account.storeCode();
	}

	@Override
	public boolean requiresVerifiedEmail() {
		return true;
	}

	@Override
	public boolean registers() {
		return true;
	}

	@Override
	public boolean withdrawUnverifiedPassword(UUID id) {
		return jdbc.sql("update customers set password_hash = null where id = ? and email_verified_at is null")
				.param(id).update() == 1;
	}

	@Override
	public Optional<UUID> register(String storeCode, String email, String passwordHash, String language) {

		var store = stores.byCode(storeCode).filter(found -> found.isOpen());
		if (store.isEmpty()) {
			return Optional.empty();
		}
		var spoken = Language.isOne(language) ? language : store.get().defaultLanguage().code();

		var id = UUID.randomUUID();
		var inserted = jdbc.sql("""
				insert into customers (id, store_id, email, password_hash, language) values (?, ?, ?, ?, ?)
				on conflict (store_id, email) do nothing""")
				.params(id, store.get().id(), email, passwordHash, spoken).update() == 1;
		return inserted ? Optional.of(id) : Optional.empty();
	}

	private static Account account(ResultSet row, String storeCode) throws SQLException {
		return new Account(row.getObject("id", UUID.class), row.getObject("store_id", UUID.class), storeCode,
				row.getString("email"), row.getString("password_hash"), Set.of("customer"),
				row.getTimestamp("email_verified_at") != null, row.getString("language"));
	}
}
