package lu.boutik.core.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.core.env.Environment;

/**
 * Production runs on shared infrastructure: its own PostgreSQL, Redis for rate limits unless exactly one instance
 * runs, and a public https address for the links it sends.
 */
class InfrastructureCheck implements ProductionCheck {

	@Override
	public List<InsecureSetting> inspect(Environment environment) {

		var settings = Settings.of(environment);
		var problems = new ArrayList<InsecureSetting>();

		if (settings.isBlank("spring.datasource.url")) {
			problems.add(new InsecureSetting("SPRING_DATASOURCE_URL",
					"is not set, so the embedded PostgreSQL would start; production needs its own database"));
		}

		if (settings.isBlank("spring.data.redis.url") && !settings.isTrue("boutik.rate-limit.single-instance")) {
			problems.add(new InsecureSetting("SPRING_DATA_REDIS_URL", "is not set, so rate limits would be counted "
					+ "in this instance's memory only; set it, or set BOUTIK_RATE_LIMIT_SINGLE_INSTANCE=true "
					+ "if exactly one instance serves the platform"));
		}

		if (!isPublicHttps(settings.text("boutik.public-base-url"))) {
			problems.add(new InsecureSetting("BOUTIK_PUBLIC_BASE_URL", "is not the https address of a public host; "
					+ "links in emails are built from it"));
		}
		return problems;
	}

	private static boolean isPublicHttps(String url) {

		try {
			var uri = new URI(url);
			var host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
			return "https".equalsIgnoreCase(uri.getScheme()) && host.contains(".") && !host.endsWith(".localhost")
					&& !host.startsWith("127.") && !host.startsWith("[");
		}
		catch (URISyntaxException exception) {
			return false;
		}
	}
}
