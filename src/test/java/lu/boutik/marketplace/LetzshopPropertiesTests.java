package lu.boutik.marketplace;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LetzshopPropertiesTests {

	static final LetzshopProperties PROPERTIES = new LetzshopProperties(URI.create("https://letzshop.lu/graphql"),
			List.of("letzshop.lu", "127.0.0.1"), Duration.ofSeconds(30), 4, Duration.ofMillis(500),
			Duration.ofSeconds(8), 50);

	@ParameterizedTest
	@ValueSource(strings = { "https://letzshop.lu/graphql", "https://letzshop.lu:443/graphql",
			"http://127.0.0.1:18098/graphql" })
	void admitsListedHostOverHttpsOrListedLoopbackTestDouble(String endpoint) {
		assertThat(PROPERTIES.admits(URI.create(endpoint))).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://letzshop.lu/graphql", "http://letzshop.lu:25/graphql",
			"https://letzshop.lu:8443/graphql", "https://letzshop.lu.evil.example/graphql",
			"https://user@letzshop.lu/graphql", "https://letzshop.lu/graphql?x=1", "https://other.lu/graphql" })
	void refusesEndpointsThatWouldCarryTheKeyElsewhereOrInClear(String endpoint) {
		assertThat(PROPERTIES.admits(URI.create(endpoint))).isFalse();
	}
}
