package lu.boutik.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class AllowedHostsTests {

	@Test
	void parsesHostsAndPortsSeparatedByCommas() {

		var allowed = AllowedHosts.parse(" feeds.example.com,127.0.0.1:8099 , [::1]:9000,, ");

		assertThat(allowed.isRestricted()).isTrue();
		assertThat(allowed).hasToString("feeds.example.com, 127.0.0.1:8099, [::1]:9000");
	}

	@ParameterizedTest
	@NullSource
	@ValueSource(strings = { "", "  ", " , ," })
	void treatsAnEmptyListAsAnyPublicHost(String list) {

		var allowed = AllowedHosts.parse(list);

		assertThat(allowed).isEqualTo(AllowedHosts.anyPublicHost());
		assertThat(allowed.isRestricted()).isFalse();
	}

	@Test
	void anyPublicHostAdmitsEveryHostOnDefaultPorts() {

		var allowed = AllowedHosts.anyPublicHost();

		assertThat(allowed.admit(target("https://feeds.example.com/"))).isNull();
		assertThat(allowed.admit(target("http://feeds.example.com/"))).isNull();
		assertThatThrownBy(() -> allowed.admit(target("http://feeds.example.com:8080/")))
				.isInstanceOf(OutboundRefused.class)
				.hasMessageContaining("Port 8080");
	}

	@Test
	void refusesHostsNotListed() {

		var allowed = AllowedHosts.parse("feeds.example.com");

		assertThatThrownBy(() -> allowed.admit(target("https://other.example.com/")))
				.isInstanceOf(OutboundRefused.class)
				.hasMessage("The host 'other.example.com' is not among the allowed hosts.");
		assertThatThrownBy(() -> allowed.admit(target("https://sub.feeds.example.com/")))
				.isInstanceOf(OutboundRefused.class);
	}

	@Test
	void entryWithoutPortAdmitsDefaultPortsOnly() {

		var allowed = AllowedHosts.parse("feeds.example.com");

		assertThat(allowed.admit(target("https://feeds.example.com/"))).isNotNull();
		assertThat(allowed.admit(target("http://feeds.example.com/"))).isNotNull();
		assertThatThrownBy(() -> allowed.admit(target("https://feeds.example.com:8443/")))
				.isInstanceOf(OutboundRefused.class)
				.hasMessageContaining("Port 8443");
	}

	@Test
	void entryWithPortAdmitsExactlyThatPort() {

		var allowed = AllowedHosts.parse("127.0.0.1:8099");

		assertThat(allowed.admit(target("http://127.0.0.1:8099/feed"))).isNotNull();
		assertThatThrownBy(() -> allowed.admit(target("http://127.0.0.1:8098/feed")))
				.isInstanceOf(OutboundRefused.class);
		assertThatThrownBy(() -> allowed.admit(target("http://127.0.0.1/feed")))
				.isInstanceOf(OutboundRefused.class);
		assertThatThrownBy(() -> allowed.admit(target("http://127.0.0.2:8099/feed")))
				.isInstanceOf(OutboundRefused.class);
	}

	@Test
	void matchesHostNamesAfterIdnConversionAndLowerCasing() {

		var allowed = AllowedHosts.parse("Feeds.B\u00fccher.Example");

		assertThat(allowed.admit(target("https://feeds.xn--bcher-kva.example/"))).isNotNull();
		assertThat(allowed.admit(target("https://FEEDS.B\u00dcCHER.EXAMPLE/"))).isNotNull();
	}

	@Test
	void matchesIpv6LiteralsInAnySpelling() {

		var allowed = AllowedHosts.parse("[0:0:0:0:0:0:0:1]:9000");

		assertThat(allowed.admit(target("http://[::1]:9000/"))).isNotNull();
	}

	@Test
	void doesNotMatchAHostNameAgainstTheAddressItMightResolveTo() {

		var allowed = AllowedHosts.parse("127.0.0.1:8099");

		assertThatThrownBy(() -> allowed.admit(target("http://localhost:8099/")))
				.isInstanceOf(OutboundRefused.class);
	}

	@ParameterizedTest
	@ValueSource(strings = { "127.1:8099", "0x7f000001", "feeds.example.com:99999", "feeds.example.com:",
			"user@feeds.example.com", "feeds_example.com", "0.0.0.0:8080", "224.0.0.1", "255.255.255.255",
			"240.0.0.1", "[::]:80", "[ff02::1]", "[::1" })
	void refusesMalformedOrUnusableEntries(String list) {

		assertThatIllegalArgumentException()
				.isThrownBy(() -> AllowedHosts.parse("feeds.example.com, " + list))
				.withMessageContaining(list);
	}

	private static Target target(String address) {
		return Target.of(URI.create(address));
	}
}
