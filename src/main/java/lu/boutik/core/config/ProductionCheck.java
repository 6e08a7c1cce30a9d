package lu.boutik.core.config;

import java.util.List;

import org.springframework.core.env.Environment;

/**
 * One area's view of the settings that production must refuse.
 * <p>
 * Implementations are listed in {@code META-INF/spring.factories} under this interface's name and are run by
 * {@link ProductionReadinessCheck} before any bean exists, so they read the environment only and keep no state. They
 * report every problem they find rather than the first, and never quote a value: it may be a secret.
 */
public interface ProductionCheck {

	List<InsecureSetting> inspect(Environment environment);
}
