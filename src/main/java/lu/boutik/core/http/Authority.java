package lu.boutik.core.http;

import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * The host and optional port of a URL's authority or of an allowed-hosts entry, parsed by one set of rules for both.
 */
record Authority(Host host, OptionalInt port) {

	private static final Pattern PORT = Pattern.compile("[0-9]{1,5}");

	/**
	 * @param text {@code host}, {@code host:port}, {@code [ipv6]} or {@code [ipv6]:port}; no user information
	 * @throws OutboundRefused when the text is malformed
	 */
	static Authority parse(String text) {

		if (text.indexOf('@') >= 0) {
			throw new OutboundRefused("The address carries a user name or password, which are not accepted in "
					+ "addresses; send credentials in a header instead.");
		}

		var hostEnd = text.startsWith("[") ? text.indexOf(']') + 1 : text.lastIndexOf(':');
		if (text.startsWith("[") && hostEnd == 0) {
			throw new OutboundRefused("The host '" + text + "' is not a valid IPv6 address.");
		}
		if (hostEnd < 0) {
			return new Authority(Host.parse(text), OptionalInt.empty());
		}

		var host = Host.parse(text.substring(0, hostEnd));
		var rest = text.substring(hostEnd);
		if (rest.isEmpty()) {
			return new Authority(host, OptionalInt.empty());
		}

		var port = rest.substring(1);
		if (!rest.startsWith(":") || !PORT.matcher(port).matches()
				|| Integer.parseInt(port) < 1 || Integer.parseInt(port) > 65535) {
			throw new OutboundRefused("The address of host '" + host + "' has an invalid port.");
		}

		return new Authority(host, OptionalInt.of(Integer.parseInt(port)));
	}
}
