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
 * Issues the short-lived signed access tokens of every realm. A token names its realm as audience, its tenant and
 * store as claims, and the session it belongs to, so that it opens nothing outside them and dies with its session.
 */
@Component
class AccessTokens {

	static final String ISSUER = "boutik";
	static final String TENANT = "tenant";
	static final String STORE_CODE = "store_code";
	static final String ROLES = "roles";
	static final String SESSION = "sid";

	private final SecretKey key;
	private final Duration lifetime;
	private final Clock clock;

	AccessTokens(SecretKey tokenSigningKey, SecurityProperties properties, Clock clock) {

		this.key = tokenSigningKey;
		this.lifetime = properties.accessTokenTtl();
		this.clock = clock;
	}

	Duration lifetime() {
		return lifetime;
	}

	String issue(UUID sessionId, Realm realm, UUID accountId, @Nullable UUID tenantId, @Nullable String storeCode,
			Set<String> roles) {

		var now = clock.instant();
		var claims = new JWTClaimsSet.Builder()
				.issuer(ISSUER)
				.audience(realm.audience())
				.subject(accountId.toString())
				.claim(TENANT, tenantId == null ? null : tenantId.toString())
				.claim(STORE_CODE, storeCode)
				.claim(ROLES, List.copyOf(roles))
				.claim(SESSION, sessionId.toString())
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
		return jwt.serialize();
	}
}
