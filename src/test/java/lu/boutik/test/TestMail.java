package lu.boutik.test;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * One SMTP server on loopback for the whole test run (GreenMail), which the platform under test sends its mail to.
 * Tests find their mail by its recipient, which each test makes unique.
 */
public final class TestMail implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static final Pattern LINK = Pattern.compile("https?://\\S+");
	private static GreenMail server;

	/** A received mail. */
	public record Mail(String subject, String body) {

		/** The first link in the body. */
		public String link() {

			var matcher = LINK.matcher(body);
			if (!matcher.find()) {
				throw new AssertionError("no link in mail: " + body);
			}
			return matcher.group();
		}

		/** The token that the link carries in its fragment. */
		public String token() {
			return link().substring(link().indexOf("#token=") + "#token=".length());
		}
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-mail",
				Map.of("spring.mail.host", "127.0.0.1", "spring.mail.port", port())));
	}

	public static synchronized int port() {

		if (server == null) {
			server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
			server.start();
		}
		return server.getSmtp().getPort();
	}

	/** Waits for the latest mail of a template's kind (by subject) to a recipient. */
	public static Mail awaitTo(String recipient, String subjectPart) {

		var deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (System.nanoTime() < deadline) {
			var found = latestTo(recipient, subjectPart);
			if (found.isPresent()) {
				return found.get();
			}
			pause();
		}
		throw new AssertionError("no mail '" + subjectPart + "' to " + recipient);
	}

	/** Waits for the n-th mail to a recipient, counting from one, whatever its kind. */
	public static Mail awaitNthTo(String recipient, int nth) {

		var deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (System.nanoTime() < deadline) {
			var received = Arrays.stream(messages()).filter(message -> isTo(message, recipient)).toList();
			if (received.size() >= nth) {
				var message = received.get(nth - 1);
				try {
					return new Mail(message.getSubject(), String.valueOf(message.getContent()));
				}
				catch (MessagingException | java.io.IOException exception) {
					throw new IllegalStateException(exception);
				}
			}
			pause();
		}
		throw new AssertionError("no mail number " + nth + " to " + recipient);
	}

	public static long countTo(String recipient) {
		return Arrays.stream(messages()).filter(message -> isTo(message, recipient)).count();
	}

	private static Optional<Mail> latestTo(String recipient, String subjectPart) {

		var messages = messages();
		for (int i = messages.length - 1; i >= 0; i--) {
			var message = messages[i];
			try {
				if (isTo(message, recipient) && message.getSubject().contains(subjectPart)) {
					return Optional.of(new Mail(message.getSubject(), String.valueOf(message.getContent())));
				}
			}
			catch (MessagingException | java.io.IOException exception) {
				throw new IllegalStateException(exception);
			}
		}
		return Optional.empty();
	}

	private static MimeMessage[] messages() {
		port();
		return server.getReceivedMessages();
	}

	private static boolean isTo(MimeMessage message, String recipient) {
		try {
			var to = message.getRecipients(Message.RecipientType.TO);
			return to != null && Arrays.stream(to).anyMatch(address -> address.toString().equalsIgnoreCase(recipient));
		}
		catch (MessagingException exception) {
			throw new IllegalStateException(exception);
		}
	}

	private static void pause() {
		try {
			Thread.sleep(100);
		}
		catch (InterruptedException exception) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(exception);
		}
	}
}
