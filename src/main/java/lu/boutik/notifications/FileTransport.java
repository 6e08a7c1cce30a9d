package lu.boutik.notifications;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes each mail as an {@code .eml} file, for development without an SMTP server. The log names the file.
 */
final class FileTransport implements MailTransport {

	private static final Logger LOG = LoggerFactory.getLogger(FileTransport.class);

	private final Path directory;
	private final String from;
	private final Session session = Session.getInstance(new Properties());

	FileTransport(Path directory, String from) {

		this.directory = directory.toAbsolutePath();
		this.from = from;
	}

	Path directory() {
		return directory;
	}

	@Override
	public void send(String id, String recipient, String subject, String body) throws Exception {

		var message = new MimeMessage(session);
		message.setFrom(new InternetAddress(from));
		message.setRecipients(MimeMessage.RecipientType.TO, InternetAddress.parse(recipient));
		message.setSubject(subject, StandardCharsets.UTF_8.name());
		message.setText(body, StandardCharsets.UTF_8.name());
		message.setHeader("X-Boutik-Mail-Id", id);

		Files.createDirectories(directory);
		var file = directory.resolve(id + ".eml");
		try (OutputStream out = Files.newOutputStream(file)) {
			message.writeTo(out);
		}
		LOG.info("Wrote mail {} to {} (no SMTP server is configured).", id, file);
	}
}
