package lu.boutik.notifications;

/**
 * Hands a rendered mail to the world: an SMTP server, or a file in development.
 */
interface MailTransport {

	void send(String id, String recipient, String subject, String body) throws Exception;
}
