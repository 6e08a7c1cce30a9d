package lu.boutik.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Token settings.
 *
 * @param jwtSecretKey the key that signs access tokens ({@code JWT_SECRET_KEY}), at least 32 bytes; blank in
 *        development means a random key for this process only
 * @param accessTokenTtl how long an access token lives
 * @param sessionTtl how long a sign-in can be kept alive by refreshing, at most
 * @param bcryptStrength the cost of new password hashes, as bcrypt's log2 rounds (4 to 31)
 */
@ConfigurationProperties("boutik.security")
record SecurityProperties(@DefaultValue("") String jwtSecretKey, @DefaultValue("15m") Duration accessTokenTtl,
		@DefaultValue("30d") Duration sessionTtl, @DefaultValue("10") int bcryptStrength) {
}
