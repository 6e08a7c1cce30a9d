package lu.boutik.security;

import java.nio.charset.StandardCharsets;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import lu.boutik.core.SecureCodes;
import lu.boutik.core.config.PlatformProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HMAC key that signs and checks access tokens. There is no built-in key: it comes from configuration, or, in
 * development only, is drawn at random for the life of the process.
 */
final class TokenKey {

	static final int MINIMUM_BYTES = 32;

	private static final Logger LOG = LoggerFactory.getLogger(TokenKey.class);

	private TokenKey() {
	}

	static SecretKey from(SecurityProperties security, PlatformProperties platform) {

		var configured = security.jwtSecretKey();
		if (configured.isBlank()) {
			if (platform.env().isProduction()) {
				throw new IllegalStateException("JWT_SECRET_KEY is required in production");
			}
			LOG.warn("JWT_SECRET_KEY is not set: signing tokens with a random key; tokens die with this process.");
			return new SecretKeySpec(SecureCodes.bytes(MINIMUM_BYTES), "HmacSHA256");
		}

		var bytes = configured.getBytes(StandardCharsets.UTF_8);
		if (bytes.length < MINIMUM_BYTES) {
			throw new IllegalStateException("JWT_SECRET_KEY must have at least " + MINIMUM_BYTES + " bytes");
		}
		return new SecretKeySpec(bytes, "HmacSHA256");
	}
}
