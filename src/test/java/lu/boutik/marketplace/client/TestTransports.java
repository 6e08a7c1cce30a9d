package lu.boutik.marketplace.client;

import java.time.Duration;

import lu.boutik.core.http.GuardedHttpClient;

/**
 * The production transport, over a guarded client that resolves no names: the fake Letzshop is reached by its
 * loopback literal, which the endpoint's allowed-host entry names.
 */
public final class TestTransports {

	private TestTransports() {
	}

	public static LetzshopTransport loopback() {
		return loopback(Duration.ofSeconds(5));
	}

	public static LetzshopTransport loopback(Duration timeout) {

		var http = new GuardedHttpClient(host -> {
			throw new java.net.UnknownHostException("tests resolve no names");
		});
		return new GuardedLetzshopTransport(http, timeout);
	}
}
