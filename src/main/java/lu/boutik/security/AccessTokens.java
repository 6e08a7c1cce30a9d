package lu.boutik.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import javax.crypto.SecretKey;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Issues the short-lived signed access tokens of every realm. A token names its realm as audience and its tenant as a
 * claim, so that it opens nothing outside both.
 */
@Component
public class AccessTokens {

	static final String ISSUER = "boutik";
	static final String TENANT = "tenant";
	static final String ROLES = "roles";

	private final SecretKey key;
	private final Duration lifetime;
	private final Clock clock;

	AccessTokens(SecretKey tokenSigningKey, SecurityProperties properties, Clock clock) {

		this.key = tokenSigningKey;
		this.lifetime = properties.accessTokenTtl();
		this.clock = clock;
	}

	public IssuedToken issue(Realm realm, UUID accountId, @Nullable UUID tenantId, Set<String> roles) {

		var now = clock.instant();
		var claims = new JWTClaimsSet.Builder()
				.issuer(ISSUER)
				.audience(realm.audience())
				.subject(accountId.toString())
				.claim(TENANT, tenantId == null ? null : tenantId.toString())
				.claim(ROLES, List.copyOf(roles))
				.jwtID(UUID.randomUUID().toString())
				.issueTime(Date.from(now))
				.expirationTime(Date.from(now.plus(lifetime)))
				.build();

		var jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
		try {
			jwt.sign(new MACSigner(key));
		}
		catch (JOSEException exception) {
			throw new IllegalStateException("cannot sign an access token", exception);
		}
		return new IssuedToken(jwt.serialize(), "Bearer", lifetime.toSeconds());
	}

	/** The answer of every sign-in endpoint. */
	public record IssuedToken(String accessToken, String tokenType, long expiresIn) {
	}
}
