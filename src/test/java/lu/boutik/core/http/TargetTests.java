package lu.boutik.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Parsing and normalising addresses; nothing here resolves or connects.
 */
class TargetTests {

	@ParameterizedTest
	@ValueSource(strings = { "127.1", "127.0.1", "2130706433", "0x7f000001", "0X7F000001", "0x7f.0.0.1",
			"0x7f.1", "0177.0.0.1", "017700000001", "127.0.0.1.", "1.2.3.04", "127.000.000.001", "01.1.1.1",
			"256.1.1.1", "1.2.3.4.5", "1.2.3", "0", "0x", "example.123", "10.0.0.0x1" })
	void refusesNonCanonicalIpv4(String host) {

		assertThatThrownBy(() -> Target.of(URI.create("http://" + host + "/feed.csv")))
				.isInstanceOf(OutboundRefused.class)
				.hasMessageContaining("non-canonical");
	}

	@Test
	void refusesFullWidthDigitsThatNormaliseToNonCanonicalIpv4() {

		assertThatThrownBy(() -> Target.of(URI.create("http://\uff11\uff12\uff17\uff0e\uff11/")))
				.isInstanceOf(OutboundRefused.class)
				.hasMessageContaining("non-canonical");
	}

	@Test
	void acceptsCanonicalIpv4() {

		var target = Target.of(URI.create("http://203.0.113.7/feed.csv"));

		assertThat(target.host().isLiteral()).isTrue();
		assertThat(target.host().name()).isEqualTo("203.0.113.7");
	}

	@Test
	void normalisesInternationalAndUpperCaseHostNames() {

		var target = Target.of(URI.create("https://Feeds.B\u00dcCHER.Example/katalog.csv"));

		assertThat(target.host().name()).isEqualTo("feeds.xn--bcher-kva.example");
		assertThat(target.uri()).hasToString("https://feeds.xn--bcher-kva.example/katalog.csv");
	}

	@Test
	void rebuildsTheAddressFromTheCheckedParts() {

		var target = Target.of(URI.create("HTTP://Shop.Example.COM:80/a%20b?key=s%26cret#part"));

		assertThat(target.scheme()).isEqualTo("http");
		assertThat(target.port()).isEqualTo(80);
		assertThat(target.uri()).hasToString("http://shop.example.com/a%20b?key=s%26cret");
	}

	@Test
	void keepsAnExplicitPortThatIsNotTheDefault() {

		var target = Target.of(URI.create("https://shop.example.com:8443"));

		assertThat(target.port()).isEqualTo(8443);
		assertThat(target.uri()).hasToString("https://shop.example.com:8443/");
	}

	@Test
	void normalisesIpv6Literals() {

		var target = Target.of(URI.create("http://[0:0:0:0:0:0:0:1]:9000/x"));

		assertThat(target.host().name()).isEqualTo("::1");
		assertThat(target.uri()).hasToString("http://[::1]:9000/x");
	}

	@ParameterizedTest
	@ValueSource(strings = { "ftp://feeds.example.com/feed.csv", "file:///etc/passwd", "gopher://example.com/",
			"jar:http://example.com/a.jar!/", "ws://example.com/", "data:text/plain,hi" })
	void refusesSchemesOtherThanHttpAndHttps(String address) {

		assertThatThrownBy(() -> Target.of(URI.create(address)))
				.isInstanceOf(OutboundRefused.class)
				.hasMessageMatching("(Only http and https .*|The address is not an absolute http or https .*)");
	}

	@Test
	void refusesRelativeAddresses() {

		assertThatThrownBy(() -> Target.of(URI.create("/feed.csv")))
				.isInstanceOf(OutboundRefused.class)
				.hasMessageContaining("not an absolute");
	}

	@Test
	void refusesCredentialsInTheAddress() {

		assertThatThrownBy(() -> Target.of(URI.create("https://user:secret@feeds.example.com/")))
				.isInstanceOf(OutboundRefused.class)
				.hasMessageContaining("user name or password")
				.message().doesNotContain("secret");
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://%31%32%37.0.0.1/", "http://a_b.example.com/", "http://example.com./",
			"http://-example.com/", "http://exa..mple.com/", "http://[fe80::1%25eth0]/", "http://example.com:0/",
			"http://example.com:65536/", "http://example.com:/", "http://example.com:8o/" })
	void refusesMalformedHosts(String address) {

		assertThatThrownBy(() -> Target.of(URI.create(address)))
				.isInstanceOf(OutboundRefused.class);
	}

	/** Authorities that java.net.URI already rejects, but that reach the parser from allowed-hosts entries. */
	@ParameterizedTest
	@ValueSource(strings = { "[::ffff:127.1]", "[::ffff:0177.0.0.1]", "[::ffff:1.2.3.04]", "[1::*]", "[::1/128]",
			"[::1]x", "[::1", "[fe80::1%eth0]", "[127.0.0.1]", "[00001::1]", "::1", "host:port", "a:b:80" })
	void refusesMalformedAuthorities(String authority) {

		assertThatThrownBy(() -> Authority.parse(authority))
				.isInstanceOf(OutboundRefused.class);
	}

	@Test
	void knowsWhetherTwoTargetsShareAnOrigin() {

		var first = Target.of(URI.create("https://shop.example.com/a"));

		assertThat(first.sameOrigin(Target.of(URI.create("https://SHOP.example.com:443/b?c")))).isTrue();
		assertThat(first.sameOrigin(Target.of(URI.create("http://shop.example.com/a")))).isFalse();
		assertThat(first.sameOrigin(Target.of(URI.create("https://shop.example.com:8443/a")))).isFalse();
		assertThat(first.sameOrigin(Target.of(URI.create("https://cdn.example.com/a")))).isFalse();
	}
}
