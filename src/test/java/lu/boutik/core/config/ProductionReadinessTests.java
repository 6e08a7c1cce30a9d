package lu.boutik.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.OriginTrackedMapPropertySource;
import org.springframework.boot.logging.DeferredLogs;
import org.springframework.boot.origin.OriginTrackedValue;
import org.springframework.boot.origin.TextResourceOrigin;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.env.MockEnvironment;

class ProductionReadinessTests {

	private final ProductionReadiness readiness = ProductionReadiness.load(getClass().getClassLoader());

	@Test
	void findsNothingWrongWithASafeProductionConfiguration() {
		assertThat(readiness.problemsIn(environment(ProductionSettingsFixture.safe()))).isEmpty();
	}

	@Test
	void letsProductionStartPastTheCheckOnSafeSettings() {

		var check = new ProductionReadinessCheck(new DeferredLogs());
		assertThatNoException().isThrownBy(() -> check.postProcessEnvironment(
				environment(ProductionSettingsFixture.safe()), new SpringApplication()));
	}

	@Test
	void acceptsInMemoryRateLimitsWhenASingleInstanceIsDeclared() {

		var settings = ProductionSettingsFixture.safe();
		settings.put("spring.data.redis.url", "");
		settings.put("boutik.rate-limit.single-instance", "true");

		assertThat(readiness.problemsIn(environment(settings))).isEmpty();
	}

	@Test
	void acceptsNoBootstrapPasswordAtAll() {

		var settings = ProductionSettingsFixture.safe();
		settings.put("boutik.bootstrap.admin-password", "");

		assertThat(readiness.problemsIn(environment(settings))).isEmpty();
	}

	@Test
	void servesApiDocsWhenTheOperatorAsksForThem() {

		var settings = ProductionSettingsFixture.safe();
		settings.put("boutik.api-docs.enabled", "true");
		settings.put("springdoc.swagger-ui.enabled", "true");

		assertThat(readiness.problemsIn(environment(settings))).isEmpty();
	}

	@Test
	void refusesApiDocsSwitchedOnByAFilePackagedWithTheApplication() {

		var environment = environment(ProductionSettingsFixture.safe());
		var packaged = new TextResourceOrigin(new ClassPathResource("application.yml"), null);
		environment.getPropertySources().addLast(new OriginTrackedMapPropertySource("packaged",
				Map.of("boutik.api-docs.enabled", OriginTrackedValue.of("true", packaged))));

		assertThat(readiness.problemsIn(environment)).extracting(InsecureSetting::setting)
				.containsExactly("BOUTIK_API_DOCS_ENABLED");
	}

	@Test
	void refusesUnknownEnvironmentNamesRatherThanGuessing() {

		var settings = ProductionSettingsFixture.safe();
		settings.put("boutik.env", "prod");
		var check = new ProductionReadinessCheck(new DeferredLogs());

		assertThatExceptionOfType(InsecureProductionSettings.class)
				.isThrownBy(() -> check.postProcessEnvironment(environment(settings), new SpringApplication()))
				.withMessageContaining("APP_ENV: is neither development nor production");
	}

	@Test
	void onlyReportsInDevelopment() {

		var settings = ProductionSettingsFixture.safe();
		settings.put("boutik.env", "development");
		settings.put("boutik.security.jwt-secret-key", "");
		var check = new ProductionReadinessCheck(new DeferredLogs());

		assertThatNoException().isThrownBy(() -> check.postProcessEnvironment(environment(settings),
				new SpringApplication()));
	}

	@Test
	void neverQuotesTheValuesItRefuses() {

		var settings = ProductionSettingsFixture.safe();
		settings.put("boutik.security.jwt-secret-key", "my-changeme-signing-key");
		settings.put("boutik.bootstrap.admin-password", "Admin2024!");
		settings.put("boutik.encryption.keys", "k1:c2hvcnQta2V5");

		var problems = readiness.problemsIn(environment(settings));

		assertThat(problems).hasSize(3);
		assertThat(problems.toString()).doesNotContain("my-changeme-signing-key", "Admin2024!", "c2hvcnQta2V5");
	}

	static MockEnvironment environment(Map<String, String> settings) {

		var environment = new MockEnvironment();
		settings.forEach(environment::setProperty);
		return environment;
	}
}
