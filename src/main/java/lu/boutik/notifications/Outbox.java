package lu.boutik.notifications;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The persistent queue of outgoing mail. A mail is claimed for one attempt at a time by pushing its next attempt past
 * a lease, so that instances sweeping the outbox together never send it twice at once, and one that dies mid-attempt
 * leaves it to be tried again after the lease.
 */
@Repository
class Outbox {

	private final JdbcClient jdbc;
	private final Clock clock;

	Outbox(JdbcClient jdbc, Clock clock) {

		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A mail claimed for one delivery attempt. */
	record Claimed(UUID id, String recipient, String subject, String body, int attempts) {
	}

	UUID add(String template, String recipient, MailTemplates.Mail mail) {

		var id = UUID.randomUUID();
		var now = Timestamp.from(clock.instant());
		jdbc.sql("""
				insert into outbox_emails (id, template, recipient, subject, body, next_attempt_at, created_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
				.params(id, template, recipient, mail.subject(), mail.body(), now, now).update();
		return id;
	}

	List<Claimed> claimDue(int limit, Duration lease) {
		return claim("order by next_attempt_at limit ?", limit, lease);
	}

	List<Claimed> claim(UUID id, Duration lease) {
		return claim("and id = ?", id, lease);
	}

	private List<Claimed> claim(String selection, Object argument, Duration lease) {

		var now = clock.instant();
		return jdbc.sql("""
				update outbox_emails set next_attempt_at = ?, attempts = attempts + 1
				where id in (select id from outbox_emails where status = 'pending' and next_attempt_at <= ?
				""" + selection + " for update skip locked) returning id, recipient, subject, body, attempts")
				.params(Timestamp.from(now.plus(lease)), Timestamp.from(now), argument)
				.query((row, number) -> new Claimed(row.getObject("id", UUID.class), row.getString("recipient"),
						row.getString("subject"), row.getString("body"), row.getInt("attempts")))
				.list();
	}

	void sent(UUID id) {
		jdbc.sql("update outbox_emails set status = 'sent', sent_at = ?, body = null where id = ?")
				.params(Timestamp.from(clock.instant()), id).update();
	}

	void retryAfter(UUID id, Duration delay) {
		jdbc.sql("update outbox_emails set next_attempt_at = ? where id = ? and status = 'pending'")
				.params(Timestamp.from(clock.instant().plus(delay)), id).update();
	}

	void failed(UUID id) {
		jdbc.sql("update outbox_emails set status = 'failed', body = null where id = ?").param(id).update();
	}
}
