package lu.boutik.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import lu.boutik.core.SecureCodes;
import lu.boutik.core.web.Problem;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-in sessions and their refresh tokens. A refresh token is 256 random bits, stored as its hash, and good for one
 * use: each refresh hands out the next one. Presenting a used one again means it was copied, so the whole session
 * ends. Access tokens name their session and are refused once it has ended.
 */
@Component
class Sessions {

	private static final int TOKEN_BYTES = 32;

	private final JdbcClient jdbc;
	private final AccessTokens tokens;
	private final SecurityProperties properties;
	private final Clock clock;

	Sessions(JdbcClient jdbc, AccessTokens tokens, SecurityProperties properties, Clock clock) {

		this.jdbc = jdbc;
		this.tokens = tokens;
		this.properties = properties;
		this.clock = clock;
	}

	/** What a session was opened for. */
	record Session(UUID id, Realm realm, UUID accountId, @Nullable UUID tenantId, @Nullable String storeCode,
			Set<String> roles) {
	}

	@Transactional
	IssuedToken open(Realm realm, UUID accountId, @Nullable UUID tenantId, @Nullable String storeCode,
			Set<String> roles) {

		var now = Timestamp.from(clock.instant());
		var session = new Session(UUID.randomUUID(), realm, accountId, tenantId, storeCode, roles);
		jdbc.sql("""
				insert into auth_sessions (id, realm, account_id, tenant_id, store_code, roles, created_at, expires_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(session.id(), realm.name(), accountId, tenantId, storeCode, String.join(",", roles), now,
						Timestamp.from(clock.instant().plus(properties.sessionTtl())))
				.update();
		return issue(session);
	}

	/**
	 * Trades a refresh token for the next pair; an unknown, expired or foreign token is refused, and a used one ends
	 * its session. A token presented to another realm or store is refused unspent, so that whoever posts it there
	 * cannot make its owner's next refresh look like a replay.
	 *
	 * @param storeCode the store the token must belong to, for store-scoped realms
	 */
	@Transactional(noRollbackFor = Problem.class)
	IssuedToken refresh(Realm realm, String refreshToken, @Nullable String storeCode) {

		var hash = Hashes.sha256(refreshToken);
		var session = jdbc.sql("select session_id from refresh_tokens where token_hash = ?").param(hash)
				.query(UUID.class).optional()
				.flatMap(this::active)
				.filter(found -> found.realm() == realm)
				.filter(found -> storeCode == null || storeCode.equals(found.storeCode()))
				.orElseThrow(Sessions::invalidRefreshToken);

		var spent = jdbc.sql("update refresh_tokens set used_at = ? where token_hash = ? and used_at is null")
				.params(Timestamp.from(clock.instant()), hash).update() == 1;
		if (!spent) {
			revoke(session.id());
			throw invalidRefreshToken();
		}
		return issue(session);
	}

	/** Ends the session of a refresh token, used or not. */
	void close(Realm realm, String refreshToken) {
		jdbc.sql("""
				update auth_sessions set revoked_at = ? where revoked_at is null and realm = ?
				and id = (select session_id from refresh_tokens where token_hash = ?)""")
				.params(Timestamp.from(clock.instant()), realm.name(), Hashes.sha256(refreshToken)).update();
	}

	/** Ends every session of an account, as a password change must. */
	void closeAll(Realm realm, UUID accountId) {
		jdbc.sql("update auth_sessions set revoked_at = ? where realm = ? and account_id = ? and revoked_at is null")
				.params(Timestamp.from(clock.instant()), realm.name(), accountId).update();
	}

	/** Ends every session opened within a tenant, as closing or suspending a store must. */
	void closeAllOfTenant(UUID tenantId) {
		jdbc.sql("update auth_sessions set revoked_at = ? where tenant_id = ? and revoked_at is null")
				.params(Timestamp.from(clock.instant()), tenantId).update();
	}

	boolean isActive(UUID sessionId) {
		return jdbc.sql("""
				select exists (select 1 from auth_sessions where id = ? and revoked_at is null and expires_at > ?)""")
				.params(sessionId, Timestamp.from(clock.instant())).query(Boolean.class).single();
	}

	private Optional<Session> active(UUID sessionId) {
		return jdbc.sql("""
				select id, realm, account_id, tenant_id, store_code, roles from auth_sessions
				where id = ? and revoked_at is null and expires_at > ?""")
				.params(sessionId, Timestamp.from(clock.instant()))
				.query((row, number) -> new Session(row.getObject("id", UUID.class),
						Realm.valueOf(row.getString("realm")), row.getObject("account_id", UUID.class),
						row.getObject("tenant_id", UUID.class), row.getString("store_code"),
						Arrays.stream(row.getString("roles").split(",")).filter(role -> !role.isEmpty())
								.collect(Collectors.toUnmodifiableSet())))
				.optional();
	}

	private void revoke(UUID sessionId) {
		jdbc.sql("update auth_sessions set revoked_at = ? where id = ? and revoked_at is null")
				.params(Timestamp.from(clock.instant()), sessionId).update();
	}

	private IssuedToken issue(Session session) {

		var refreshToken = SecureCodes.urlToken(TOKEN_BYTES);
		jdbc.sql("insert into refresh_tokens (token_hash, session_id, issued_at) values (?, ?, ?)")
				.params(Hashes.sha256(refreshToken), session.id(), Timestamp.from(clock.instant())).update();

		var access = tokens.issue(session.id(), session.realm(), session.accountId(), session.tenantId(),
				session.storeCode(), session.roles());
		return new IssuedToken(access, "Bearer", tokens.lifetime().toSeconds(), refreshToken);
	}

	static Problem invalidRefreshToken() {
		return new Problem(HttpStatus.UNAUTHORIZED, "invalid-refresh-token", "Invalid refresh token",
				"The refresh token is unknown, used or expired; sign in again.");
	}
}
