package lu.boutik.security;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Gives controllers the {@link Caller} of a request from its verified token.
 */
@Component
class CallerArgumentResolver implements HandlerMethodArgumentResolver {

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return Caller.class.equals(parameter.getParameterType());
	}

	@Override
	public Caller resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer container,
			NativeWebRequest request, @Nullable WebDataBinderFactory binders) {

		if (!(SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token)) {
			throw new InsufficientAuthenticationException("no verified token");
		}

		var jwt = token.getToken();
		var realm = realmOf(jwt.getAudience().getFirst());
		var tenant = jwt.getClaimAsString(AccessTokens.TENANT);
		var roles = jwt.getClaimAsStringList(AccessTokens.ROLES);
		return new Caller(realm, UUID.fromString(jwt.getSubject()), tenant == null ? null : UUID.fromString(tenant),
				roles == null ? Set.of() : roles.stream().collect(Collectors.toUnmodifiableSet()));
	}

	private static Realm realmOf(String audience) {

		for (var realm : Realm.values()) {
			if (realm.audience().equals(audience)) {
				return realm;
			}
		}
		throw new InsufficientAuthenticationException("token of no known realm");
	}
}
