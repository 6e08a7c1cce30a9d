package lu.boutik.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import lu.boutik.core.SecureCodes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The single-use tokens that links in mails carry: 256 random bits, stored as their hash, expiring, and spent by the
 * first use. Issuing one voids the account's earlier tokens of the same purpose; a password change voids them all.
 */
@Component
class OneTimeTokens {

	private static final int TOKEN_BYTES = 32;

	enum Purpose {

		VERIFICATION, INVITATION, PASSWORD_RESET;

		String column() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	private final JdbcClient jdbc;
	private final Clock clock;

	OneTimeTokens(JdbcClient jdbc, Clock clock) {

		this.jdbc = jdbc;
		this.clock = clock;
	}

	String issue(Purpose purpose, Realm realm, UUID accountId, Duration lifetime) {

		var now = clock.instant();
		jdbc.sql("""
				update account_tokens set used_at = ?
				where realm = ? and account_id = ? and purpose = ? and used_at is null""")
				.params(Timestamp.from(now), realm.name(), accountId, purpose.column()).update();

		var token = SecureCodes.urlToken(TOKEN_BYTES);
		jdbc.sql("""
				insert into account_tokens (token_hash, purpose, realm, account_id, created_at, expires_at)
				values (?, ?, ?, ?, ?, ?)""")
				.params(Hashes.sha256(token), purpose.column(), realm.name(), accountId, Timestamp.from(now),
						Timestamp.from(now.plus(lifetime)))
				.update();
		return token;
	}

	/** Spends a token; answers its account if it was of this purpose and realm, unused and unexpired. */
	Optional<UUID> consume(Purpose purpose, Realm realm, String token) {

		var now = Timestamp.from(clock.instant());
		return jdbc.sql("""
				update account_tokens set used_at = ?
				where token_hash = ? and purpose = ? and realm = ? and used_at is null and expires_at > ?
				returning account_id""")
				.params(now, Hashes.sha256(token), purpose.column(), realm.name(), now)
				.query(UUID.class).optional();
	}

	/** Voids every unused token of an account. */
	void voidAll(Realm realm, UUID accountId) {
		jdbc.sql("update account_tokens set used_at = ? where realm = ? and account_id = ? and used_at is null")
				.params(Timestamp.from(clock.instant()), realm.name(), accountId).update();
	}
}
