package lu.boutik.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The address check before any connection: the resolver is a stub and nothing here connects, so the public addresses
 * below are compared only.
 */
class DestinationsTests {

	private static final Duration AMPLE = Duration.ofSeconds(5);

	private final ExecutorService lookups = Executors.newVirtualThreadPerTaskExecutor();

	private final AtomicInteger lookupsMade = new AtomicInteger();

	@AfterEach
	void stopLookups() {
		lookups.shutdownNow();
	}

	@Test
	void refusesHostWhenAnyResolvedAddressIsNotPublic() {

		var destinations = resolvingTo(address(1, 1, 1, 1), address(10, 0, 0, 1));

		assertThatThrownBy(() -> destinations.addressesOf(target("https://feeds.example.com/"), null, AMPLE))
				.isInstanceOf(OutboundRefused.class)
				.hasMessage("The host 'feeds.example.com' resolves to an address that is not public.");
	}

	@Test
	void refusesHostResolvingToCloudMetadata() {

		var destinations = resolvingTo(address(169, 254, 169, 254));

		assertThatThrownBy(() -> destinations.addressesOf(target("https://feeds.example.com/"), null, AMPLE))
				.isInstanceOf(OutboundRefused.class)
				.hasMessageContaining("resolves to an address that is not public")
				.message().doesNotContain("169.254.169.254");
	}

	@Test
	void refusesHostResolvingToIpv4MappedLoopback() throws UnknownHostException {

		var bytes = new byte[16];
		bytes[10] = (byte) 0xff;
		bytes[11] = (byte) 0xff;
		bytes[12] = 127;
		bytes[15] = 1;
		var destinations = resolvingTo(Inet6Address.getByAddress(null, bytes, -1));

		assertThatThrownBy(() -> destinations.addressesOf(target("https://feeds.example.com/"), null, AMPLE))
				.isInstanceOf(OutboundRefused.class)
				.hasMessageContaining("resolves to an address that is not public");
	}

	@Test
	void hostNameEntryStillRequiresPublicAddresses() {

		var destinations = resolvingTo(address(127, 0, 0, 1));
		var allowed = AllowedHosts.parse("localhost:8099");
		var target = target("http://localhost:8099/");

		assertThatThrownBy(() -> destinations.addressesOf(target, allowed.admit(target), AMPLE))
				.isInstanceOf(OutboundRefused.class)
				.hasMessageContaining("resolves to an address that is not public");
	}

	@Test
	void returnsEveryPublicAddressOfTheHost() throws UnknownHostException {

		var v4 = address(1, 1, 1, 1);
		var v6 = InetAddress.getByAddress(new byte[] { 0x26, 0x06, 0x47, 0, 0x47, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x11,
				0x11 });
		var destinations = resolvingTo(v4, v6);

		assertThat(destinations.addressesOf(target("https://feeds.example.com/"), null, AMPLE))
				.containsExactly(v4, v6);
		assertThat(lookupsMade).hasValue(1);
	}

	@Test
	void passesTheNormalisedHostNameToTheResolver() {

		var asked = new StringBuilder();
		var destinations = new Destinations(host -> {
			asked.append(host);
			return List.of(address(1, 1, 1, 1));
		}, SpecialAddresses::refusal, lookups);

		destinations.addressesOf(target("https://Feeds.B\u00fccher.Example/"), null, AMPLE);

		assertThat(asked).hasToString("feeds.xn--bcher-kva.example");
	}

	@Test
	void refusesNonPublicLiteralThatIsNotListed() {

		var destinations = resolvingTo();

		assertThatThrownBy(() -> destinations.addressesOf(target("http://10.0.0.1/"), null, AMPLE))
				.isInstanceOf(OutboundRefused.class)
				.hasMessage("The address 10.0.0.1 is not public (private network, 10.0.0.0/8).");
		assertThatThrownBy(() -> destinations.addressesOf(target("http://[fd00:ec2::254]/"), null, AMPLE))
				.isInstanceOf(OutboundRefused.class)
				.hasMessageContaining("fc00::/7");
		assertThat(lookupsMade).hasValue(0);
	}

	@Test
	void admitsListedLiteralAsItsOneAddressWithoutLookup() {

		var destinations = resolvingTo(address(10, 9, 9, 9));
		var allowed = AllowedHosts.parse("127.0.0.1:8099");
		var target = target("http://127.0.0.1:8099/");

		assertThat(destinations.addressesOf(target, allowed.admit(target), AMPLE))
				.containsExactly(address(127, 0, 0, 1));
		assertThat(lookupsMade).hasValue(0);
	}

	@Test
	void failsWhenTheHostDoesNotResolve() {

		var destinations = new Destinations(host -> {
			throw new UnknownHostException(host);
		}, SpecialAddresses::refusal, lookups);

		assertThatThrownBy(() -> destinations.addressesOf(target("https://nowhere.example.com/"), null, AMPLE))
				.isInstanceOf(OutboundFailed.class)
				.hasMessage("The host 'nowhere.example.com' could not be resolved.");
	}

	@Test
	void failsWhenTheHostHasNoAddress() {

		var destinations = resolvingTo();

		assertThatThrownBy(() -> destinations.addressesOf(target("https://empty.example.com/"), null, AMPLE))
				.isInstanceOf(OutboundFailed.class)
				.hasMessageContaining("could not be resolved");
	}

	@Test
	void abandonsALookupThatOutlastsTheExchange() {

		var destinations = new Destinations(host -> {
			try {
				Thread.sleep(10_000);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			return List.of(address(1, 1, 1, 1));
		}, SpecialAddresses::refusal, lookups);
		var started = System.nanoTime();

		assertThatThrownBy(() -> destinations.addressesOf(target("https://slow.example.com/"), null,
				Duration.ofMillis(200)))
				.isInstanceOf(OutboundFailed.class)
				.hasMessageContaining("in time");
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
	}

	private Destinations resolvingTo(InetAddress... addresses) {
		return new Destinations(host -> {
			lookupsMade.incrementAndGet();
			return List.of(addresses);
		}, SpecialAddresses::refusal, lookups);
	}

	private static InetAddress address(int a, int b, int c, int d) {

		try {
			return InetAddress.getByAddress(new byte[] { (byte) a, (byte) b, (byte) c, (byte) d });
		} catch (UnknownHostException e) {
			throw new IllegalArgumentException(e);
		}
	}

	private static Target target(String address) {
		return Target.of(URI.create(address));
	}
}
