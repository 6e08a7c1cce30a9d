package lu.boutik.core.http;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import org.jspecify.annotations.Nullable;

/**
 * The hosts a fetch may go to, parsed from a comma-separated list such as
 * {@code feeds.example.com, 127.0.0.1:8099, [::1]:9000}.
 * <p>
 * An empty list lets a fetch go to any host on port 80 or 443 whose addresses are all public. A non-empty list lets it
 * go only to the hosts listed: an entry without a port allows ports 80 and 443, an entry with a port allows exactly
 * that port. A host name entry still requires every address the name resolves to to be public. An entry naming an IP
 * literal is the one way a loopback or private address is ever reached, and then exactly that address on the ports
 * the entry allows. Host names are compared after IDN conversion and lower-casing, literals in canonical form.
 */
public final class AllowedHosts {

	private static final AllowedHosts ANY_PUBLIC_HOST = new AllowedHosts(List.of());

	private final List<Entry> entries;

	private AllowedHosts(List<Entry> entries) {
		this.entries = List.copyOf(entries);
	}

	/** No restriction beyond the guard's own: any public host on port 80 or 443. */
	public static AllowedHosts anyPublicHost() {
		return ANY_PUBLIC_HOST;
	}

	/**
	 * @param list comma-separated entries of {@code host} or {@code host:port}; blank or {@code null} for
	 *        {@link #anyPublicHost()}
	 * @throws IllegalArgumentException naming the first entry that is malformed or names an address no connection can
	 *         go to (unspecified, multicast, broadcast, reserved)
	 */
	public static AllowedHosts parse(@Nullable String list) {

		if (list == null || list.isBlank()) {
			return ANY_PUBLIC_HOST;
		}

		var entries = new ArrayList<Entry>();
		for (var item : list.split(",")) {
			var text = item.strip();
			if (!text.isEmpty()) {
				entries.add(entry(text));
			}
		}

		return entries.isEmpty() ? ANY_PUBLIC_HOST : new AllowedHosts(entries);
	}

	/** Whether only listed hosts may be fetched. */
	public boolean isRestricted() {
		return !entries.isEmpty();
	}

	/**
	 * Checks the target's host and port against the list.
	 *
	 * @return the entry that admits the target, or {@code null} when the list is empty and the target's port is 80 or
	 *         443
	 * @throws OutboundRefused when the host or its port is not allowed
	 */
	@Nullable
	Entry admit(Target target) {

		var host = target.host();
		var port = target.port();

		if (entries.isEmpty()) {
			if (!isDefaultPort(port)) {
				throw new OutboundRefused("Port " + port + " of host '" + host + "' may not be fetched; only ports 80 "
						+ "and 443 may, unless the allowed hosts name another port.");
			}
			return null;
		}

		var sameHost = entries.stream().filter(entry -> entry.host().name().equals(host.name())).toList();
		if (sameHost.isEmpty()) {
			throw new OutboundRefused("The host '" + host + "' is not among the allowed hosts.");
		}

		return sameHost.stream()
				.filter(entry -> entry.admits(port))
				.findFirst()
				.orElseThrow(() -> new OutboundRefused("Port " + port + " of host '" + host + "' is not allowed; "
						+ "the allowed hosts name other ports for it."));
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof AllowedHosts hosts && entries.equals(hosts.entries);
	}

	@Override
	public int hashCode() {
		return entries.hashCode();
	}

	@Override
	public String toString() {
		return entries.isEmpty() ? "any public host"
				: String.join(", ", entries.stream().map(Entry::toString).toList());
	}

	private static Entry entry(String text) {

		Authority authority;
		try {
			authority = Authority.parse(text);
		} catch (OutboundRefused e) {
			throw new IllegalArgumentException("The allowed host '" + text + "' is malformed: " + e.reason());
		}

		var literal = authority.host().literal();
		if (literal != null && !SpecialAddresses.isConnectable(literal)) {
			throw new IllegalArgumentException(
					"The allowed host '" + text + "' is an address no connection can go to.");
		}

		return new Entry(authority.host(), authority.port());
	}

	private static boolean isDefaultPort(int port) {
		return port == 80 || port == 443;
	}

	/**
	 * One allowed host.
	 *
	 * @param port the one port allowed, or empty for ports 80 and 443
	 */
	record Entry(Host host, OptionalInt port) {

		boolean admits(int candidate) {
			return port.isPresent() ? port.getAsInt() == candidate : isDefaultPort(candidate);
		}

		@Override
		public String toString() {
			return host.uriForm() + (port.isPresent() ? ":" + port.getAsInt() : "");
		}
	}
}
