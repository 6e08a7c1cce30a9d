package lu.boutik.marketplace;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import lu.boutik.marketplace.client.LetzshopEndpoint;
import lu.boutik.marketplace.client.RetryPolicy;

/**
 * How the platform talks to Letzshop.
 *
 * @param endpoint the endpoint a newly connected store uses ({@code BOUTIK_LETZSHOP_ENDPOINT})
 * @param endpointHosts the hosts a store's endpoint may name; any other endpoint is refused when it is saved, so a
 *        store cannot point the platform at an address of its choosing
 * @param timeout the longest one request to Letzshop may take
 * @param attempts how often a request that failed transiently is tried in all
 * @param firstBackoff the wait after the first transient failure, doubled after each next one
 * @param maxBackoff the longest wait between two attempts
 * @param pageSize how many shipments one request asks for
 */
@ConfigurationProperties("boutik.letzshop")
record LetzshopProperties(
		@DefaultValue("https://letzshop.lu/graphql") URI endpoint,
		@DefaultValue("letzshop.lu") List<String> endpointHosts,
		@DefaultValue("30s") Duration timeout,
		@DefaultValue("4") int attempts,
		@DefaultValue("500ms") Duration firstBackoff,
		@DefaultValue("8s") Duration maxBackoff,
		@DefaultValue("50") int pageSize) {

	private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "[::1]", "localhost");

	LetzshopProperties {
		endpointHosts = endpointHosts.stream().map(it -> it.strip().toLowerCase(Locale.ROOT)).toList();
	}

	RetryPolicy retryPolicy() {
		return new RetryPolicy(attempts, firstBackoff, maxBackoff);
	}

	/**
	 * Whether a store may use the endpoint: a host of {@link #endpointHosts}, no credentials, query or fragment, and
	 * https on its default port, since the store's API key travels with every request. Only a loopback host that the
	 * operator listed, as for a local test double, may speak plain http on another port.
	 */
	boolean admits(URI candidate) {

		try {
			new LetzshopEndpoint(candidate, "probe");
		} catch (RuntimeException e) {
			return false;
		}
		if (candidate.getHost() == null || candidate.getRawQuery() != null || candidate.getRawFragment() != null) {
			return false;
		}
		var host = candidate.getHost().toLowerCase(Locale.ROOT);
		if (!endpointHosts.contains(host)) {
			return false;
		}
		return LOOPBACK.contains(host) || "https".equals(candidate.getScheme())
				&& (candidate.getPort() == -1 || candidate.getPort() == 443);
	}
}
