package lu.boutik.test;

import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Lets the platform under test import from the loopback {@link FeedServer#LISTED}, and from nowhere else on loopback.
 */
public class FeedServerInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("feed-server",
				Map.of("boutik.import.allowed-hosts", "127.0.0.1:" + FeedServer.LISTED.port())));
	}
}
