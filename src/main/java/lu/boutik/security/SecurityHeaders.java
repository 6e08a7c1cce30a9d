package lu.boutik.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import lu.boutik.core.SecureCodes;
import lu.boutik.core.config.PlatformProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts the security headers on every response, errors included, before anything else may write one.
 * <p>
 * API responses get a policy that allows nothing. Pages get a fresh nonce per response, exposed to templates as the
 * request attribute {@value #NONCE_ATTRIBUTE}; no page policy allows inline code without it, nor {@code eval}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class SecurityHeaders extends OncePerRequestFilter {

	public static final String NONCE_ATTRIBUTE = "cspNonce";

	static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

	private final boolean production;

	SecurityHeaders(PlatformProperties platform) {
		this.production = platform.env().isProduction();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {

		response.setHeader("Content-Security-Policy", policyFor(request));
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
		response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()");
		response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
		if (production) {
			response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
		}

		chain.doFilter(request, response);
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	private static String policyFor(HttpServletRequest request) {

		var path = request.getRequestURI();
		if (path.startsWith("/api/") || path.startsWith("/actuator/")) {
			return API_POLICY;
		}

		var nonce = SecureCodes.urlToken(18);
		request.setAttribute(NONCE_ATTRIBUTE, nonce);
		return "default-src 'none'; script-src 'self' 'nonce-" + nonce + "'; style-src 'self' 'nonce-" + nonce
				+ "'; img-src 'self' https: data:; font-src 'self'; connect-src 'self'; form-action 'self'; "
				+ "base-uri 'none'; object-src 'none'; frame-ancestors 'none'";
	}
}
