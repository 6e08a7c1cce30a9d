package lu.boutik.core.http;

import java.net.URI;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One request of a fetch: the first, or one that a redirect asked for.
 *
 * @param headers the caller's headers, meant for the origin of the first request
 */
record Hop(String method, URI uri, AllowedHosts allowed, Map<String, String> headers, byte @Nullable [] body,
		@Nullable String contentType) {

	/**
	 * The request a redirect asks for: 307 and 308 repeat the method and body, the others turn a POST into a GET
	 * without body, as browsers do.
	 */
	Hop redirectedTo(URI location, int status) {

		var keepsMethod = status == 307 || status == 308 || method.equals("GET");
		return keepsMethod ? new Hop(method, location, allowed, headers, body, contentType)
				: new Hop("GET", location, allowed, headers, null, null);
	}
}
