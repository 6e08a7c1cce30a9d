package lu.boutik.core.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.core.env.Environment;
import org.springframework.util.ClassUtils;

/**
 * Production shows nothing meant for developers: no wildcard CORS, no debug output in logs or error responses, no
 * unauthenticated dashboards or diagnostic endpoints, and API docs only when the operator asks for them.
 * <p>
 * Loggers count as debug switches when they would write personal data or credentials at debug or trace level: the
 * root logger, Boutik's own, Spring Boot's {@code web} and {@code sql} groups, Spring Security, and the wire and
 * header loggers of Apache HttpClient. Other libraries may log at debug in production.
 */
class ExposureCheck implements ProductionCheck {

	private static final Set<String> VERBOSE_LEVELS = Set.of("debug", "trace", "all");

	private static final List<String> REVEALING_LOGGERS = List.of("web", "sql", "org.springframework.security",
			"org.apache.hc.client5.http.wire", "org.apache.hc.client5.http.headers");

	/** Actuator endpoints that reveal configuration, memory or code, or change the running platform. */
	private static final Set<String> DIAGNOSTIC_ENDPOINTS = Set.of("*", "env", "configprops", "heapdump",
			"threaddump", "logfile", "beans", "mappings", "conditions", "loggers", "shutdown", "httpexchanges",
			"sessions", "auditevents", "startup", "scheduledtasks", "caches", "flyway", "jobrunr");

	private static final List<Named> CORS_SETTINGS = List.of(
			new Named("BOUTIK_HTTP_CORS_ALLOWED_ORIGINS", "boutik.http.cors.allowed-origins"),
			new Named("management.endpoints.web.cors.allowed-origins",
					"management.endpoints.web.cors.allowed-origins"),
			new Named("management.endpoints.web.cors.allowed-origin-patterns",
					"management.endpoints.web.cors.allowed-origin-patterns"));

	private static final String SPRINGDOC = "org.springdoc.core.properties.SpringDocConfigProperties";

	@Override
	public List<InsecureSetting> inspect(Environment environment) {

		var settings = Settings.of(environment);
		var problems = new ArrayList<InsecureSetting>();

		inspectCors(settings, problems);
		inspectDebugSwitches(settings, problems);
		inspectLogging(settings, problems);
		inspectErrorResponses(settings, problems);
		inspectDashboards(settings, problems);
		inspectApiDocs(settings, problems);
		return problems;
	}

	private static void inspectCors(Settings settings, List<InsecureSetting> problems) {

		for (var cors : CORS_SETTINGS) {
			var origins = settings.list(cors.property());
			if (origins.stream().anyMatch(ExposureCheck::matchesAnyOrigin)) {
				problems.add(new InsecureSetting(cors.setting(),
						"allows every origin ('*'); list the origins that may call the API one by one"));
			}
			if (origins.stream().anyMatch(origin -> origin.equalsIgnoreCase("null"))) {
				problems.add(new InsecureSetting(cors.setting(),
						"allows the 'null' origin, which any sandboxed frame or local file can send"));
			}
		}
	}

	/** {@code *} alone, or a pattern whose whole host is a wildcard ({@code https://*}, {@code http://*:8080}). */
	private static boolean matchesAnyOrigin(String origin) {

		var host = origin.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://", "").replaceFirst(":[0-9*\\[\\],]+$", "");
		return host.equals("*");
	}

	private static void inspectDebugSwitches(Settings settings, List<InsecureSetting> problems) {

		for (var name : List.of("debug", "trace")) {
			if (settings.isSwitchedOn(name)) {
				problems.add(new InsecureSetting(name,
						"is on, so Spring Boot logs its internals at " + name + " level; remove it"));
			}
		}
	}

	private static void inspectLogging(Settings settings, List<InsecureSetting> problems) {

		settings.map("logging.level").forEach((logger, level) -> {
			var name = logger.toLowerCase(Locale.ROOT);
			var revealing = name.equals("root") || name.equals("lu.boutik") || name.startsWith("lu.boutik.")
					|| REVEALING_LOGGERS.stream().anyMatch(l -> name.equals(l) || name.startsWith(l + "."));
			if (revealing && VERBOSE_LEVELS.contains(level.strip().toLowerCase(Locale.ROOT))) {
				problems.add(new InsecureSetting("logging.level." + logger, "is " + level.strip()
						+ ", a level that writes request details and personal data to the log; use info or above"));
			}
		});
	}

	private static void inspectErrorResponses(Settings settings, List<InsecureSetting> problems) {

		for (var name : List.of("server.error.include-stacktrace", "server.error.include-message")) {
			var value = settings.lowerCase(name);
			if (!value.isEmpty() && !value.equals("never")) {
				problems.add(new InsecureSetting(name, "is " + value + "; error responses must not show internals, "
						+ "set it to never"));
			}
		}
		if (settings.isTrue("server.error.include-exception")) {
			problems.add(new InsecureSetting("server.error.include-exception",
					"is true; error responses must not name exception classes"));
		}
	}

	private static void inspectDashboards(Settings settings, List<InsecureSetting> problems) {

		if (settings.isTrue("jobrunr.dashboard.enabled")) {
			problems.add(new InsecureSetting("jobrunr.dashboard.enabled", "is true; JobRunr's dashboard listens on "
					+ "every interface without a login, outside Spring Security"));
		}

		var exposed = settings.list("management.endpoints.web.exposure.include").stream()
				.map(endpoint -> endpoint.toLowerCase(Locale.ROOT))
				.filter(DIAGNOSTIC_ENDPOINTS::contains)
				.toList();
		if (!exposed.isEmpty()) {
			problems.add(new InsecureSetting("management.endpoints.web.exposure.include", "exposes the diagnostic "
					+ "endpoints " + String.join(", ", exposed) + "; expose health and prometheus only"));
		}
	}

	/**
	 * API docs map every route for whoever reads them. Production serves them only when the operator sets
	 * {@code BOUTIK_API_DOCS_ENABLED=true} at deployment; a default packaged with the application, or springdoc's own
	 * switches (on by default once springdoc is on the class path), are not such a decision.
	 */
	private static void inspectApiDocs(Settings settings, List<InsecureSetting> problems) {

		var requested = settings.isTrue("boutik.api-docs.enabled");
		var intended = requested && settings.isGivenByOperator("boutik.api-docs.enabled");
		var springdocDefault = ClassUtils.isPresent(SPRINGDOC, ExposureCheck.class.getClassLoader());
		var springdocOn = isOn(settings, "springdoc.api-docs.enabled", springdocDefault)
				|| isOn(settings, "springdoc.swagger-ui.enabled", springdocDefault);

		if ((requested || springdocOn) && !intended) {
			problems.add(new InsecureSetting("BOUTIK_API_DOCS_ENABLED", "API docs would be served although nobody "
					+ "deploying asked for them; switch them off (springdoc.api-docs.enabled=false), or set "
					+ "BOUTIK_API_DOCS_ENABLED=true at deployment if they are meant to be public"));
		}
	}

	private static boolean isOn(Settings settings, String name, boolean byDefault) {

		var value = settings.lowerCase(name);
		return value.isEmpty() ? byDefault : value.equals("true");
	}

	private record Named(String setting, String property) {
	}
}
