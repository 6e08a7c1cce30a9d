package lu.boutik.notifications;

import java.util.Map;

import org.springframework.stereotype.Service;

/**
 * Sends mail built from a template. The mail is written to the outbox in the caller's transaction, so it goes out if
 * and only if that transaction commits, and is delivered even if the platform stops in between.
 */
@Service
public class Emails {

	/** Asks a customer or staff member to confirm an address. Values: {@code link}, {@code valid_hours}. */
	public static final String EMAIL_VERIFICATION = "email-verification";

	/** Invites a new staff member to set a password. Values: {@code link}, {@code valid_hours}. */
	public static final String INVITATION = "invitation";

	/** Sends a password-reset link. Values: {@code link}, {@code valid_minutes}. */
	public static final String PASSWORD_RESET = "password-reset";

	/** Tells an account holder that the password changed. No values. */
	public static final String PASSWORD_CHANGED = "password-changed";

	private final MailTemplates templates;
	private final Outbox outbox;
	private final OutboxDelivery delivery;

	Emails(MailTemplates templates, Outbox outbox, OutboxDelivery delivery) {

		this.templates = templates;
		this.outbox = outbox;
		this.delivery = delivery;
	}

	/**
	 * Renders {@code template} in {@code language} (falling back to English) and queues it for {@code recipient}.
	 *
	 * @param language {@code en}, {@code fr}, {@code de} or {@code lb}
	 */
	public void send(String template, String language, String recipient, Map<String, String> values) {

		var mail = templates.render(template, language, values);
		var id = outbox.add(template, recipient, mail);
		delivery.soon(id);
	}
}
