package lu.boutik.core.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

class OutboundHttpConfigurationIntegrationTest {

	private final ApplicationContextRunner context = new ApplicationContextRunner()
			.withUserConfiguration(OutboundHttpConfiguration.class, FeedSettingsConfiguration.class);

	@Test
	void registersTheGuardedClient() {
		context.run(started -> assertThat(started).hasSingleBean(GuardedHttpClient.class));
	}

	@Test
	void bindsAllowedHostsFromACommaSeparatedProperty() {

		context.withPropertyValues("test.feeds.allowed-hosts=feeds.example.com, 127.0.0.1:8099")
				.run(started -> assertThat(started.getBean(FeedSettings.class).allowedHosts())
						.hasToString("feeds.example.com, 127.0.0.1:8099"));
	}

	@Test
	void bindsAnEmptyPropertyToAnyPublicHost() {

		context.withPropertyValues("test.feeds.allowed-hosts=")
				.run(started -> assertThat(started.getBean(FeedSettings.class).allowedHosts())
						.isEqualTo(AllowedHosts.anyPublicHost()));
	}

	@Test
	void refusesToStartOnAMalformedEntry() {

		context.withPropertyValues("test.feeds.allowed-hosts=127.1:8099")
				.run(started -> assertThat(started).hasFailed()
						.getFailure().rootCause().hasMessageContaining("127.1:8099"));
	}

	@ConfigurationProperties("test.feeds")
	record FeedSettings(AllowedHosts allowedHosts) {
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(FeedSettings.class)
	static class FeedSettingsConfiguration {
	}
}
