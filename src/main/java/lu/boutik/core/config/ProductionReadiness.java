package lu.boutik.core.config;

import java.util.List;

import org.springframework.core.env.Environment;
import org.springframework.core.io.support.SpringFactoriesLoader;

/**
 * Every {@link ProductionCheck} on the class path, run together so that one start lists every problem at once.
 */
final class ProductionReadiness {

	private final List<ProductionCheck> checks;

	ProductionReadiness(List<ProductionCheck> checks) {
		this.checks = List.copyOf(checks);
	}

	static ProductionReadiness load(ClassLoader classLoader) {
		return new ProductionReadiness(SpringFactoriesLoader.forDefaultResourceLocation(classLoader)
				.load(ProductionCheck.class));
	}

	List<InsecureSetting> problemsIn(Environment environment) {
		return checks.stream().flatMap(check -> check.inspect(environment).stream()).toList();
	}
}
