package lu.boutik.notifications;

import java.nio.charset.StandardCharsets;

import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Sends mail through the SMTP server of {@code spring.mail.*}.
 */
final class SmtpTransport implements MailTransport {

	private final JavaMailSender sender;
	private final String from;

	SmtpTransport(JavaMailSender sender, String from) {

		this.sender = sender;
		this.from = from;
	}

	@Override
	public void send(String id, String recipient, String subject, String body) throws Exception {

		var message = sender.createMimeMessage();
		var helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
		helper.setFrom(from);
		helper.setTo(recipient);
		helper.setSubject(subject);
		helper.setText(body);
		message.setHeader("X-Boutik-Mail-Id", id);
		sender.send(message);
	}
}
