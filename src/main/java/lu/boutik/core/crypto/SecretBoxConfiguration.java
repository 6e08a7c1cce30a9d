package lu.boutik.core.crypto;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import lu.boutik.core.config.PlatformProperties;

/**
 * Provides the platform's {@link SecretBox} from the configured keys, or, in development without keys, from one
 * ephemeral key.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EncryptionProperties.class)
class SecretBoxConfiguration {

	private static final Logger LOG = LoggerFactory.getLogger(SecretBoxConfiguration.class);

	@Bean
	SecretBox secretBox(EncryptionProperties properties, PlatformProperties platform) {

		var entries = properties.givenKeys();
		if (!entries.isEmpty()) {
			KeyRing keys;
			try {
				keys = KeyRing.parse(entries);
			}
			catch (IllegalArgumentException exception) {
				throw new IllegalStateException("BOUTIK_ENCRYPTION_KEY is unusable: " + exception.getMessage());
			}
			LOG.info("Secrets at rest are sealed under key {}; keys {} open them.", keys.current().id(), keys.ids());
			return new SecretBox(keys);
		}

		if (platform.env().isProduction()) {
			throw new IllegalStateException("BOUTIK_ENCRYPTION_KEY is required in production.");
		}

		var keys = KeyRing.ephemeral();
		LOG.warn("BOUTIK_ENCRYPTION_KEY is not set: secrets are sealed under key {}, made for this process only; "
				+ "whatever is sealed now cannot be opened once it stops.", keys.current().id());
		return new SecretBox(keys);
	}
}
