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
 */
@ConfigurationProperties("boutik.security")
record SecurityProperties(@DefaultValue("") String jwtSecretKey, @DefaultValue("15m") Duration accessTokenTtl) {
}
