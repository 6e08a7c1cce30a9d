package lu.boutik.core.config;

import java.util.List;
import java.util.stream.Collectors;

import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start production on insecure settings, before any bean exists: no embedded database, no listener, no
 * job server starts on a configuration that production would refuse.
 * <p>
 * Runs after every other environment post-processor, so it sees the settings that the application will use. In
 * development it only names, in one line, the settings that production would refuse.
 */
class ProductionReadinessCheck implements EnvironmentPostProcessor, Ordered {

	private final Log log;

	ProductionReadinessCheck(DeferredLogFactory logs) {
		this.log = logs.getLog(ProductionReadinessCheck.class);
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {

		var settings = Settings.of(environment);
		var declared = settings.lowerCase("boutik.env");
		var production = declared.equals("production");

		if (!production && !declared.isEmpty() && !declared.equals("development")) {
			throw new InsecureProductionSettings(List.of(new InsecureSetting("APP_ENV",
					"is neither development nor production, so it is unclear which checks apply")));
		}

		var problems = ProductionReadiness.load(application.getClassLoader()).problemsIn(environment);
		if (problems.isEmpty()) {
			return;
		}
		if (production) {
			throw new InsecureProductionSettings(problems);
		}

		log.info(problems.stream().map(InsecureSetting::setting).distinct().collect(Collectors.joining(", ",
				"Running in development; production would refuse " + problems.size() + " settings: ", ".")));
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}
}
