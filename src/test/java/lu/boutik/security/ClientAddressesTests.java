package lu.boutik.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class ClientAddressesTests {

	ClientAddresses behindProxies = new ClientAddresses(new HttpProperties(List.of("10.0.0.0/8", "192.0.2.7"),
			"X-Forwarded-For"));

	@Test
	void takesThePeerWhenNoProxyIsTrusted() {

		var addresses = new ClientAddresses(new HttpProperties(List.of(), "X-Forwarded-For"));

		assertThat(addresses.of(request("198.51.100.9", "X-Forwarded-For", "203.0.113.1"))).hasToString("198.51.100.9");
	}

	@Test
	void ignoresForwardedHeadersOfAnUntrustedPeer() {

		var request = request("198.51.100.9", "X-Forwarded-For", "203.0.113.1");
		request.addHeader("Forwarded", "for=203.0.113.2");
		request.addHeader("CF-Connecting-IP", "203.0.113.3");

		assertThat(behindProxies.of(request)).hasToString("198.51.100.9");
	}

	@Test
	void takesTheRightmostUntrustedHopBehindTrustedProxies() {

		var request = request("10.1.2.3", "X-Forwarded-For", "6.6.6.6, 203.0.113.1, 192.0.2.7");

		assertThat(behindProxies.of(request)).hasToString("203.0.113.1");
	}

	@Test
	void readsEveryInstanceOfTheHeader() {

		var request = request("10.1.2.3", "X-Forwarded-For", "6.6.6.6");
		request.addHeader("X-Forwarded-For", "203.0.113.1");

		assertThat(behindProxies.of(request)).hasToString("203.0.113.1");
	}

	@Test
	void readsOnlyTheConfiguredHeader() {

		var request = request("10.1.2.3", "Forwarded", "for=6.6.6.6");

		assertThat(behindProxies.of(request)).hasToString("10.1.2.3");
	}

	@Test
	void readsForwardedWithQuotesPortsAndBrackets() {

		var addresses = new ClientAddresses(new HttpProperties(List.of("10.0.0.0/8"), "Forwarded"));
		var request = request("10.1.2.3", "Forwarded",
				"for=6.6.6.6, for=\"[2001:db8:cafe::17]:4711\";proto=https, for=10.9.9.9:80;by=10.0.0.1");

		assertThat(addresses.of(request)).hasToString("2001:db8:cafe::17");
	}

	@Test
	void readsCloudflaresHeaderFromTrustedEdges() {

		var addresses = new ClientAddresses(new HttpProperties(List.of("173.245.48.0/20"), "CF-Connecting-IP"));

		assertThat(addresses.of(request("173.245.48.10", "CF-Connecting-IP", "203.0.113.50")))
				.hasToString("203.0.113.50");
		assertThat(addresses.of(request("198.51.100.1", "CF-Connecting-IP", "203.0.113.50")))
				.hasToString("198.51.100.1");
	}

	@Test
	void stopsAtAHopThatIsNoAddress() {

		var request = request("10.1.2.3", "X-Forwarded-For", "203.0.113.1, unknown, 10.4.4.4");

		assertThat(behindProxies.of(request)).hasToString("10.4.4.4");
	}

	@Test
	void treatsIpv4MappedPeersAsIpv4() {
		assertThat(behindProxies.of(request("::ffff:10.1.2.3", "X-Forwarded-For", "203.0.113.1")))
				.hasToString("203.0.113.1");
	}

	@Test
	void countsIpv6ClientsByTheirSlash64() {

		var one = new ClientAddress(ClientAddresses.parse("2001:db8:1:2:aaaa::1"));
		var other = new ClientAddress(ClientAddresses.parse("2001:db8:1:2:bbbb::2"));

		assertThat(one.limitKey()).isEqualTo(other.limitKey());
		assertThat(new ClientAddress(ClientAddresses.parse("203.0.113.1")).limitKey()).isEqualTo("203.0.113.1");
	}

	@Test
	void refusesUnknownHeaderNamesAndBadNetworks() {

		assertThatIllegalArgumentException()
				.isThrownBy(() -> new ClientAddresses(new HttpProperties(List.of(), "X-Real-IP")));
		assertThatIllegalArgumentException()
				.isThrownBy(() -> new ClientAddresses(new HttpProperties(List.of("not a network"), "Forwarded")));
	}

	private static MockHttpServletRequest request(String peer, String header, String value) {

		var request = new MockHttpServletRequest("POST", "/api/v1/admin/auth/login");
		request.setRemoteAddr(peer);
		request.addHeader(header, value);
		return request;
	}
}
