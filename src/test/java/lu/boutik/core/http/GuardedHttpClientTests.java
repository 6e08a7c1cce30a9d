package lu.boutik.core.http;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.UnknownHostException;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Checks the client makes before any request. Every address is a loopback port nothing listens on, and the resolver
 * knows no host, so even a client that skipped a check could reach nothing beyond this machine.
 */
class GuardedHttpClientTests {

	private static final URI NOWHERE = URI.create("http://127.0.0.1:9/feed.csv");

	private static final AllowedHosts LISTED = AllowedHosts.parse("127.0.0.1:9");

	private final GuardedHttpClient client = new GuardedHttpClient(host -> {
		throw new UnknownHostException(host);
	});

	@AfterEach
	void close() {
		client.close();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Host", "host", "Content-Length", "Transfer-Encoding", "Connection", "Upgrade", "TE",
			"Expect", "Accept-Encoding", "Content-Type", "Proxy-Authorization" })
	void refusesHeadersTheClientSetsItself(String name) {

		assertThatThrownBy(() -> client.get(NOWHERE, LISTED, Map.of(name, "x"), BodyReader.bytes()))
				.isInstanceOf(OutboundRefused.class)
				.hasMessage("The request header '" + name + "' is set by the client itself.");
	}

	@ParameterizedTest
	@ValueSource(strings = { "a\r\nHost: 169.254.169.254", "a\nb", "a\rb", "a\u0000b" })
	void refusesHeaderValuesThatCouldSplitTheRequest(String value) {

		assertThatThrownBy(() -> client.get(NOWHERE, LISTED, Map.of("X-Token", value), BodyReader.bytes()))
				.isInstanceOf(OutboundRefused.class)
				.hasMessageContaining("invalid name or value");
	}

	@ParameterizedTest
	@ValueSource(strings = { "X Token", "X-Token:", "", "Über" })
	void refusesInvalidHeaderNames(String name) {

		assertThatThrownBy(() -> client.get(NOWHERE, LISTED, Map.of(name, "v"), BodyReader.bytes()))
				.isInstanceOf(OutboundRefused.class)
				.hasMessageContaining("invalid name or value");
	}

	@Test
	void refusesMalformedContentType() {

		assertThatIllegalArgumentException()
				.isThrownBy(() -> client.post(NOWHERE, LISTED, Map.of(), new byte[0], "not a type",
						BodyReader.bytes()));
	}
}
