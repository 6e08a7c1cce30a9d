package lu.boutik.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

import lu.boutik.BoutikApplication;

/**
 * Starts the real application in production with one insecure setting at a time. Each start must stop at the
 * check, before any bean exists, naming the setting.
 */
class ProductionRefusalIntegrationTest {

	static Stream<Arguments> insecureSettings() {
		return Stream.of(
				refused("boutik.security.jwt-secret-key", "", "JWT_SECRET_KEY", "is not set"),
				refused("boutik.security.jwt-secret-key", "Zq3vN8xKp2LmR7tYw4Bc", "JWT_SECRET_KEY",
						"shorter than 32 bytes"),
				refused("boutik.security.jwt-secret-key", "changeme", "JWT_SECRET_KEY", "known placeholder"),
				refused("boutik.security.jwt-secret-key", "your-secret-key", "JWT_SECRET_KEY", "known placeholder"),
				refused("boutik.security.jwt-secret-key", "x".repeat(64), "JWT_SECRET_KEY", "repeated"),
				refused("boutik.bootstrap.admin-password", "admin", "BOUTIK_BOOTSTRAP_ADMIN_PASSWORD",
						"well-known default"),
				refused("boutik.bootstrap.admin-password", "admin123", "BOUTIK_BOOTSTRAP_ADMIN_PASSWORD",
						"well-known default"),
				refused("boutik.bootstrap.admin-password", "Zq3vN8xKp2", "BOUTIK_BOOTSTRAP_ADMIN_PASSWORD",
						"shorter than 12 characters"),
				refused("boutik.http.cors.allowed-origins", "*", "BOUTIK_HTTP_CORS_ALLOWED_ORIGINS", "every origin"),
				refused("boutik.http.cors.allowed-origins", "https://boutik.lu,https://*",
						"BOUTIK_HTTP_CORS_ALLOWED_ORIGINS", "every origin"),
				refused("debug", "true", "debug", "is on"),
				refused("debug", "", "debug", "is on"),
				refused("trace", "true", "trace", "is on"),
				refused("logging.level.root", "debug", "logging.level.root", "is debug"),
				refused("logging.level.lu.boutik", "TRACE", "logging.level.lu.boutik", "is TRACE"),
				refused("server.error.include-stacktrace", "always", "server.error.include-stacktrace", "always"),
				refused("server.error.include-exception", "true", "server.error.include-exception", "is true"),
				refused("jobrunr.dashboard.enabled", "true", "jobrunr.dashboard.enabled", "without a login"),
				refused("springdoc.api-docs.enabled", "true", "BOUTIK_API_DOCS_ENABLED", "nobody deploying"),
				refused("management.endpoints.web.exposure.include", "health,env",
						"management.endpoints.web.exposure.include", "env"),
				refused("spring.datasource.url", "", "SPRING_DATASOURCE_URL", "embedded PostgreSQL"),
				refused("spring.data.redis.url", "", "SPRING_DATA_REDIS_URL", "BOUTIK_RATE_LIMIT_SINGLE_INSTANCE"),
				refused("boutik.public-base-url", "http://localhost:8080", "BOUTIK_PUBLIC_BASE_URL", "https"),
				refused("boutik.encryption.keys", "", "BOUTIK_ENCRYPTION_KEY", "is not set"),
				refused("boutik.encryption.keys", "k1:c2hvcnQ=", "BOUTIK_ENCRYPTION_KEY", "not 32 bytes"),
				refused("boutik.encryption.keys", "k1:" + "A".repeat(43) + "=", "BOUTIK_ENCRYPTION_KEY",
						"repeated pattern"),
				refused("boutik.encryption.keys", "no-key-id", "BOUTIK_ENCRYPTION_KEY", "kid:base64key"));
	}

	@ParameterizedTest(name = "{0}={1}")
	@MethodSource("insecureSettings")
	void refusesToStartInProduction(String property, String value, String setting, String reason) {

		var settings = ProductionSettingsFixture.safe();
		settings.put(property, value);

		var refusal = start(settings);

		assertThat(refusal.problems()).hasSize(1).first().satisfies(problem -> {
			assertThat(problem.setting()).isEqualTo(setting);
			assertThat(problem.reason()).contains(reason);
		});
		assertThat(refusal).hasMessageContaining(setting);
	}

	@Test
	void listsEveryInsecureSettingAtOnce() {

		var settings = ProductionSettingsFixture.safe();
		settings.put("boutik.security.jwt-secret-key", "changeme");
		settings.put("boutik.bootstrap.admin-password", "admin");
		settings.put("boutik.http.cors.allowed-origins", "*");
		settings.put("jobrunr.dashboard.enabled", "true");
		settings.put("spring.datasource.url", "");
		settings.put("spring.data.redis.url", "");
		settings.put("boutik.encryption.keys", "");

		var refusal = start(settings);

		assertThat(refusal.problems()).extracting(InsecureSetting::setting).containsExactlyInAnyOrder(
				"JWT_SECRET_KEY", "BOUTIK_BOOTSTRAP_ADMIN_PASSWORD", "BOUTIK_HTTP_CORS_ALLOWED_ORIGINS",
				"jobrunr.dashboard.enabled", "SPRING_DATASOURCE_URL", "SPRING_DATA_REDIS_URL", "BOUTIK_ENCRYPTION_KEY");
		assertThat(refusal.getMessage()).startsWith("Boutik refuses to start on 7 insecure settings:")
				.contains("JWT_SECRET_KEY", "BOUTIK_BOOTSTRAP_ADMIN_PASSWORD", "BOUTIK_HTTP_CORS_ALLOWED_ORIGINS",
						"jobrunr.dashboard.enabled", "SPRING_DATASOURCE_URL", "SPRING_DATA_REDIS_URL",
						"BOUTIK_ENCRYPTION_KEY");
	}

	private static InsecureProductionSettings start(Map<String, String> settings) {

		var arguments = settings.entrySet().stream()
				.map(setting -> "--" + setting.getKey() + "=" + setting.getValue())
				.toArray(String[]::new);
		var application = new SpringApplicationBuilder(BoutikApplication.class)
				.web(WebApplicationType.NONE)
				.logStartupInfo(false)
				.registerShutdownHook(false);

		return catchThrowableOfType(InsecureProductionSettings.class, () -> application.run(arguments).close());
	}

	private static Arguments refused(String property, String value, String setting, String reason) {
		return Arguments.of(property, value, setting, reason);
	}
}
