package lu.boutik.notifications;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Mail delivery. SMTP is used when {@code spring.mail.host} is set; otherwise mail is written as files to
 * {@link #mailDirectory()}, for development.
 *
 * @param from the sender of every mail; blank means {@code no-reply@} the platform domain
 * @param mailDirectory where mail goes without SMTP
 * @param maxAttempts how often delivery of one mail is tried before it is given up and logged
 * @param retryDelay the wait after the first failed attempt; it doubles with each further one
 * @param maxRetryDelay the longest wait between two attempts
 * @param lease how long one attempt may take before another instance may try the same mail
 * @param batchSize how many due mails one run of the delivery job takes
 */
@ConfigurationProperties("boutik.notifications")
record NotificationProperties(
		@DefaultValue("") String from,
		@DefaultValue("var/mail") String mailDirectory,
		@DefaultValue("8") int maxAttempts,
		@DefaultValue("30s") Duration retryDelay,
		@DefaultValue("1h") Duration maxRetryDelay,
		@DefaultValue("2m") Duration lease,
		@DefaultValue("50") int batchSize) {
}
