package lu.boutik.security;

import java.util.ArrayList;
import java.util.List;

import javax.crypto.SecretKey;

import lu.boutik.core.config.PlatformProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;

/**
 * One filter chain per realm. Each chain checks tokens with a decoder that accepts only its own realm's audience, so a
 * token of one realm is refused by every other realm's endpoints.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

	@Bean
	SecretKey tokenSigningKey(SecurityProperties security, PlatformProperties platform) {
		return TokenKey.from(security, platform);
	}

	@Bean
	@Order(1)
	SecurityFilterChain adminApi(HttpSecurity http, SecretKey tokenSigningKey, ProblemResponses problems)
			throws Exception {
		return realmApi(http, "/api/v1/admin/**", Realm.ADMIN, tokenSigningKey, problems);
	}

	@Bean
	@Order(2)
	SecurityFilterChain merchantApi(HttpSecurity http, SecretKey tokenSigningKey, ProblemResponses problems)
			throws Exception {
		return realmApi(http, "/api/v1/merchant/**", Realm.MERCHANT, tokenSigningKey, problems);
	}

	@Bean
	@Order(3)
	SecurityFilterChain storeApi(HttpSecurity http, SecretKey tokenSigningKey, ProblemResponses problems)
			throws Exception {
		return realmApi(http, "/api/v1/store/**", Realm.STORE, tokenSigningKey, problems);
	}

	/**
	 * The storefront API is public but for a customer's own account; a customer token is checked against the store
	 * in the path where it is used.
	 */
	@Bean
	@Order(4)
	SecurityFilterChain storefrontApi(HttpSecurity http, SecretKey tokenSigningKey, ProblemResponses problems)
			throws Exception {

		stateless(http, problems)
				.securityMatcher("/api/v1/storefront/**")
				.authorizeHttpRequests(requests -> requests
						.requestMatchers("/api/v1/storefront/*/account/**").hasAuthority(Realm.CUSTOMER.authority())
						.anyRequest().permitAll())
				.oauth2ResourceServer(server -> server
						.authenticationEntryPoint(problems)
						.accessDeniedHandler(problems)
						.jwt(jwt -> jwt.decoder(decoder(tokenSigningKey, Realm.CUSTOMER))
								.jwtAuthenticationConverter(new CallerConverter(Realm.CUSTOMER))));
		return http.build();
	}

	/** Everything else: pages, assets, health. API paths outside the realms answer 404 through the error handler. */
	@Bean
	@Order(5)
	SecurityFilterChain pages(HttpSecurity http, ProblemResponses problems, PlatformProperties platform)
			throws Exception {

		// Page forms carry a token from a cookie that scripts cannot read and other sites do not send along.
		var csrfTokens = new CookieCsrfTokenRepository();
		csrfTokens.setCookieCustomizer(cookie -> cookie.httpOnly(true).sameSite("Lax").path("/")
				.secure(platform.env().isProduction()));

		http.csrf(csrf -> csrf.csrfTokenRepository(csrfTokens))
				.authorizeHttpRequests(requests -> requests
						.requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
						.requestMatchers("/actuator/**").denyAll()
						.anyRequest().permitAll())
				.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
				.exceptionHandling(exceptions -> exceptions
						.authenticationEntryPoint(problems)
						.accessDeniedHandler(problems));
		return http.build();
	}

	private SecurityFilterChain realmApi(HttpSecurity http, String paths, Realm realm, SecretKey key,
			ProblemResponses problems) throws Exception {

		var prefix = paths.substring(0, paths.length() - 3);
		stateless(http, problems)
				.securityMatcher(paths)
				.authorizeHttpRequests(requests -> requests
						.requestMatchers(prefix + "/auth/**").permitAll()
						.anyRequest().hasAuthority(realm.authority()))
				.oauth2ResourceServer(server -> server
						.authenticationEntryPoint(problems)
						.accessDeniedHandler(problems)
						.jwt(jwt -> jwt.decoder(decoder(key, realm))
								.jwtAuthenticationConverter(new CallerConverter(realm))));
		return http.build();
	}

	private static HttpSecurity stateless(HttpSecurity http, ProblemResponses problems) throws Exception {

		// Bearer tokens travel in a header, never in a cookie, so a cross-site request cannot carry them.
		return http.csrf(csrf -> csrf.disable())
				.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
				.requestCache(cache -> cache.disable())
				.exceptionHandling(exceptions -> exceptions
						.authenticationEntryPoint(problems)
						.accessDeniedHandler(problems));
	}

	static JwtDecoder decoder(SecretKey key, Realm realm) {

		var decoder = NimbusJwtDecoder.withSecretKey(key).macAlgorithm(MacAlgorithm.HS256).build();
		OAuth2TokenValidator<Jwt> audience = jwt -> jwt.getAudience().equals(List.of(realm.audience()))
				? OAuth2TokenValidatorResult.success()
				: OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "token of another realm", null));
		decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
				JwtValidators.createDefaultWithIssuer(AccessTokens.ISSUER), audience));
		return decoder;
	}

	/** Turns a verified token into an authentication whose principal is the {@link Caller}. */
	private record CallerConverter(Realm realm) implements Converter<Jwt, AbstractAuthenticationToken> {

		@Override
		public AbstractAuthenticationToken convert(Jwt jwt) {

			List<GrantedAuthority> authorities = new ArrayList<>();
			authorities.add(new SimpleGrantedAuthority(realm.authority()));
			var roles = jwt.getClaimAsStringList(AccessTokens.ROLES);
			if (roles != null) {
				roles.forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
			}
			return new JwtAuthenticationToken(jwt, authorities, jwt.getSubject());
		}
	}
}
