package lu.boutik.notifications;

import java.nio.file.Path;

import lu.boutik.core.config.PlatformProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

@Configuration(proxyBeanMethods = false)
class NotificationConfiguration {

	private static final Logger LOG = LoggerFactory.getLogger(NotificationConfiguration.class);

	/** SMTP when Spring has a mail sender ({@code spring.mail.host} is set), files otherwise. */
	@Bean
	MailTransport mailTransport(ObjectProvider<JavaMailSender> sender, NotificationProperties properties,
			PlatformProperties platform) {

		var from = properties.from().isBlank() ? "no-reply@" + platform.platformDomain() : properties.from();
		var smtp = sender.getIfAvailable();
		if (smtp != null) {
			return new SmtpTransport(smtp, from);
		}
		var files = new FileTransport(Path.of(properties.mailDirectory()), from);
		LOG.warn("No SMTP server is configured (spring.mail.host): mail is written to files in {}.",
				files.directory());
		return files;
	}
}
