package lu.boutik.core.http;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.hc.client5.http.DnsResolver;

/**
 * The addresses one fetch checked, handed to HttpClient as its only resolver: it connects to exactly these and
 * cannot look a host up a second time, so an answer that changes between check and connect is never used.
 */
final class PinnedAddresses implements DnsResolver {

	private final Map<String, List<InetAddress>> addresses = new ConcurrentHashMap<>();

	boolean contains(Host host) {
		return addresses.containsKey(host.name());
	}

	void pin(Host host, List<InetAddress> checked) {
		addresses.put(host.name(), List.copyOf(checked));
	}

	@Override
	public InetAddress[] resolve(String host) throws UnknownHostException {
		return checked(host).toArray(InetAddress[]::new);
	}

	@Override
	public List<InetSocketAddress> resolve(String host, int port) throws UnknownHostException {
		return checked(host).stream().map(address -> new InetSocketAddress(address, port)).toList();
	}

	@Override
	public String resolveCanonicalHostname(String host) {
		return host;
	}

	private List<InetAddress> checked(String host) throws UnknownHostException {

		var checked = addresses.get(host);
		if (checked == null) {
			throw new UnknownHostException("The host " + host + " was not checked by the outbound guard.");
		}
		return checked;
	}
}
