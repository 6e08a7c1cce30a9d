package lu.boutik.security;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

/**
 * Refuses a rate-limited request before anything reads its body, when the client's address is already known to have
 * no attempt left: under a flood, a refusal then costs little more than the cheapest request the platform serves.
 * Requests that pass still meet the full check, address and account, in their endpoint. Paths are matched decoded,
 * without path parameters and with repeated slashes merged, as routing sees them, so no other spelling of an
 * endpoint slips past.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class EarlyRefusals extends OncePerRequestFilter {

	private static final Pattern STAFF = Pattern.compile("/api/v1/(admin|merchant|store)/auth/([a-z-]+)");
	private static final Pattern STOREFRONT = Pattern.compile("/api/v1/storefront/[^/]+/auth/([a-z-]+)");
	private static final Map<String, Limit> LIMITS = Map.of(
			"login", Limit.SIGN_IN,
			"change-password", Limit.SIGN_IN,
			"forgot-password", Limit.RECOVERY,
			"reset-password", Limit.RECOVERY,
			"resend-verification", Limit.RECOVERY,
			"register", Limit.REGISTRATION);

	private final RateLimits limits;
	private final ClientAddresses addresses;
	private final ProblemResponses problems;

	EarlyRefusals(RateLimits limits, ClientAddresses addresses, ProblemResponses problems) {

		this.limits = limits;
		this.addresses = addresses;
		this.problems = problems;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || !path(request).startsWith("/api/v1/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {

		var refusal = guarded(path(request))
				.flatMap(guard -> limits.knownRefusal(guard.limit(), guard.realm(), addresses.of(request)));
		if (refusal.isPresent()) {
			refusal.get().headers().forEach(response::setHeader);
			problems.write(response, refusal.get());
			return;
		}
		chain.doFilter(request, response);
	}

	private record Guard(Limit limit, Realm realm) {
	}

	private static String path(HttpServletRequest request) {
		return UrlPathHelper.defaultInstance.getPathWithinApplication(request);
	}

	private static Optional<Guard> guarded(String path) {

		var staff = STAFF.matcher(path);
		if (staff.matches()) {
			var realm = switch (staff.group(1)) {
				case "admin" -> Realm.ADMIN;
				case "merchant" -> Realm.MERCHANT;
				default -> Realm.STORE;
			};
			return Optional.ofNullable(LIMITS.get(staff.group(2))).map(limit -> new Guard(limit, realm));
		}
		var storefront = STOREFRONT.matcher(path);
		if (storefront.matches()) {
			return Optional.ofNullable(LIMITS.get(storefront.group(1))).map(limit -> new Guard(limit, Realm.CUSTOMER));
		}
		return Optional.empty();
	}
}
