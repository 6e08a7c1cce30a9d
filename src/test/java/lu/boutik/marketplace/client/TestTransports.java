package lu.boutik.marketplace.client;

import java.time.Duration;

/**
 * Transports for tests that talk to the fake Letzshop on loopback.
 */
public final class TestTransports {

	private TestTransports() {
	}

	public static LetzshopTransport loopback() {
		return new JdkTransport(Duration.ofSeconds(5));
	}
}
