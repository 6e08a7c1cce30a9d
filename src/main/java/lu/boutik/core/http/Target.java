package lu.boutik.core.http;

import java.net.URI;
import java.util.Locale;

/**
 * One destination of a fetch, normalised: the request goes to {@link #uri()}, which is rebuilt from the parts the
 * guard checked, so no other parser gets a say in where it goes.
 *
 * @param scheme {@code http} or {@code https}
 * @param host the host that was checked
 * @param port the port, explicit or the scheme's default
 * @param uri the address to request, without user information or fragment
 */
record Target(String scheme, Host host, int port, URI uri) {

	/**
	 * @throws OutboundRefused when the address is not an absolute http or https URL with a valid host
	 */
	static Target of(URI address) {

		if (!address.isAbsolute() || address.isOpaque()) {
			throw new OutboundRefused("The address is not an absolute http or https address.");
		}

		var scheme = address.getScheme().toLowerCase(Locale.ROOT);
		if (!scheme.equals("http") && !scheme.equals("https")) {
			throw new OutboundRefused("Only http and https addresses may be fetched, not " + scheme + ".");
		}

		var rawAuthority = address.getRawAuthority();
		if (rawAuthority == null || rawAuthority.isEmpty()) {
			throw new OutboundRefused("The address names no host.");
		}

		var authority = Authority.parse(rawAuthority);
		var defaultPort = scheme.equals("https") ? 443 : 80;
		var port = authority.port().orElse(defaultPort);

		var path = address.getRawPath() == null || address.getRawPath().isEmpty() ? "/" : address.getRawPath();
		var query = address.getRawQuery() == null ? "" : "?" + address.getRawQuery();
		var text = scheme + "://" + authority.host().uriForm() + (port == defaultPort ? "" : ":" + port) + path + query;

		return new Target(scheme, authority.host(), port, URI.create(URI.create(text).toASCIIString()));
	}

	/** Whether both targets share scheme, host and port, the origin that a caller's headers were meant for. */
	boolean sameOrigin(Target other) {
		return scheme.equals(other.scheme) && host.name().equals(other.host.name()) && port == other.port;
	}

	/** Scheme, host and port, never the path or query, which may carry secrets. */
	String origin() {
		return scheme + "://" + host.uriForm() + ":" + port;
	}
}
