package lu.boutik.core.config;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.origin.Origin;
import org.springframework.boot.origin.PropertySourceOrigin;
import org.springframework.boot.origin.TextResourceOrigin;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;

/**
 * Reads raw settings the way Spring binds them (relaxed names, environment variables, lists from comma-separated
 * text), for checks that run before any configuration properties bean exists.
 */
final class Settings {

	private final Environment environment;
	private final Binder binder;

	private Settings(Environment environment) {

		this.environment = environment;
		this.binder = Binder.get(environment);
	}

	static Settings of(Environment environment) {
		return new Settings(environment);
	}

	/** The value as text, blank when unset. */
	String text(String name) {
		return binder.bind(name, String.class).map(String::strip).orElse("");
	}

	boolean isBlank(String name) {
		return text(name).isEmpty();
	}

	List<String> list(String name) {
		return binder.bind(name, Bindable.listOf(String.class)).orElse(List.of()).stream()
				.map(String::strip)
				.filter(value -> !value.isEmpty())
				.toList();
	}

	Map<String, String> map(String name) {
		return binder.bind(name, Bindable.mapOf(String.class, String.class)).orElse(Map.of());
	}

	/** True only for {@code true}, in any case. */
	boolean isTrue(String name) {
		return text(name).equalsIgnoreCase("true");
	}

	/** As Spring Boot reads {@code debug} and {@code trace}: present, even empty, and not {@code false}. */
	boolean isSwitchedOn(String name) {

		var value = environment.getProperty(name);
		return value != null && !value.strip().equalsIgnoreCase("false");
	}

	String lowerCase(String name) {
		return text(name).toLowerCase(Locale.ROOT);
	}

	/**
	 * Whether the value in force was given by whoever deploys the platform (environment, command line, system
	 * property, a file outside the application) rather than by a file packaged with the application.
	 */
	boolean isGivenByOperator(String name) {

		var propertyName = ConfigurationPropertyName.of(name);
		for (var source : ConfigurationPropertySources.get(environment)) {
			var property = source.getConfigurationProperty(propertyName);
			if (property != null) {
				return !isPackaged(property.getOrigin());
			}
		}
		return false;
	}

	private static boolean isPackaged(@Nullable Origin origin) {

		for (@Nullable Origin current = origin; current != null; current = current.getParent()) {
			if (current instanceof PropertySourceOrigin wrapper && wrapper.getOrigin() != null) {
				return isPackaged(wrapper.getOrigin());
			}
			if (current instanceof TextResourceOrigin text && text.getResource() instanceof ClassPathResource) {
				return true;
			}
		}
		return false;
	}
}
