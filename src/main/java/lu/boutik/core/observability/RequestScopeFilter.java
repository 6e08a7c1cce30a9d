package lu.boutik.core.observability;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.sentry.Sentry;
import io.sentry.protocol.Request;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives each web request its own Sentry scope, so that an error reported while it is served names the route it
 * failed on. Only the method, the URL without its query, and a few harmless headers are recorded: never the query,
 * the body, cookies, credentials or the client's address.
 */
class RequestScopeFilter extends OncePerRequestFilter {

	private static final Set<String> RECORDED_HEADERS = Set.of("accept", "accept-language", "content-type",
			"content-length", "user-agent", "host");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {

		try (var scope = Sentry.forkedScopes("request").makeCurrent()) {
			Sentry.configureScope(current -> current.setRequest(describe(request)));
			chain.doFilter(request, response);
		}
	}

	private static Request describe(HttpServletRequest servletRequest) {

		var request = new Request();
		request.setMethod(servletRequest.getMethod());
		request.setUrl(servletRequest.getRequestURL().toString());

		var headers = new LinkedHashMap<String, String>();
		var names = servletRequest.getHeaderNames();
		while (names.hasMoreElements()) {
			var name = names.nextElement();
			if (RECORDED_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
				headers.put(name, servletRequest.getHeader(name));
			}
		}
		request.setHeaders(headers);
		return request;
	}
}
