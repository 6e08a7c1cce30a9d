package lu.boutik.core.http;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the addresses a target may be connected to, and refuses the target when any of them is not allowed.
 */
final class Destinations {

	private static final Logger LOG = LoggerFactory.getLogger(Destinations.class);

	private final HostResolver resolver;

	private final AddressCheck check;

	private final ExecutorService lookups;

	Destinations(HostResolver resolver, AddressCheck check, ExecutorService lookups) {
		this.resolver = resolver;
		this.check = check;
		this.lookups = lookups;
	}

	/**
	 * @param admitted the allowed-hosts entry that admitted the target, {@code null} when the list is empty
	 * @param remaining how long the lookup may take
	 * @return the addresses to connect to, every one of them checked
	 * @throws OutboundRefused when an address is not allowed
	 * @throws OutboundFailed when the host cannot be resolved in time
	 */
	List<InetAddress> addressesOf(Target target, AllowedHosts.@Nullable Entry admitted, Duration remaining) {

		var host = target.host();
		var literal = host.literal();

		if (literal != null) {
			var address = literal.toInetAddress();
			// A listed literal is the operator's explicit choice of this one address, public or not.
			var refusal = admitted == null ? check.refusal(address) : null;
			if (refusal != null) {
				throw new OutboundRefused("The address " + host + " is not public (" + refusal + ").");
			}
			return List.of(address);
		}

		var addresses = resolve(host.name(), remaining);
		if (addresses.isEmpty()) {
			throw new OutboundFailed("The host '" + host + "' could not be resolved.");
		}

		for (var address : addresses) {
			var refusal = check.refusal(address);
			if (refusal != null) {
				// The reason reaches whoever chose the URL, so it does not map the private network behind the name.
				LOG.info("Refused host {}: it resolves to an address in {}.", host, refusal);
				throw new OutboundRefused("The host '" + host + "' resolves to an address that is not public.");
			}
		}

		return addresses;
	}

	private List<InetAddress> resolve(String host, Duration remaining) {

		// The system resolver cannot be interrupted, so the lookup runs aside and is abandoned when time is up.
		var lookup = lookups.submit(() -> List.copyOf(resolver.resolve(host)));

		try {
			return lookup.get(remaining.toNanos(), TimeUnit.NANOSECONDS);
		} catch (ExecutionException e) {
			if (e.getCause() instanceof UnknownHostException) {
				throw new OutboundFailed("The host '" + host + "' could not be resolved.", e.getCause());
			}
			throw new OutboundFailed("The host '" + host + "' could not be looked up.", e.getCause());
		} catch (TimeoutException e) {
			lookup.cancel(true);
			throw new OutboundFailed("The host '" + host + "' could not be resolved in time.", e);
		} catch (InterruptedException e) {
			lookup.cancel(true);
			Thread.currentThread().interrupt();
			throw new OutboundFailed("The lookup of host '" + host + "' was interrupted.", e);
		}
	}
}
