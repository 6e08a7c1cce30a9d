package lu.boutik.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import lu.boutik.test.Api;
import org.jspecify.annotations.Nullable;
import lu.boutik.test.IntegrationTest;
import lu.boutik.test.Tenants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks every mapped API route with the wrong credentials: none, each other realm's token, and a token of another
 * tenant of the same realm. None may answer with success.
 */
@IntegrationTest
class RouteWalkIntegrationTest {

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}/]+)}");

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	record Route(String method, String pattern) {

		String realm() {
			var parts = pattern.split("/");
			return parts.length > 3 ? parts[3] : "";
		}

		boolean isSignInFlow() {
			return pattern.contains("/auth/");
		}
	}

	@Test
	void everyApiRouteBelongsToARealm() {
		assertThat(apiRoutes()).allSatisfy(route -> assertThat(route.realm())
				.as(route.toString()).isIn("admin", "merchant", "store", "storefront"));
	}

	@Test
	void everyProtectedRouteRefusesMissingAndOtherRealmTokens() {

		var api = new Api(port);
		var tenants = new Tenants(api);
		var store = tenants.store("Walker Store");
		var tokens = Map.of("admin", api.signInAdmin(), "merchant", store.merchantToken(), "store",
				store.storeToken());

		var checked = 0;
		for (var route : apiRoutes()) {
			if (route.isSignInFlow() || route.realm().equals("storefront")) {
				continue;
			}
			var path = fill(route.pattern(), Map.of("storeId", store.storeId().toString()));
			assertThat(call(api, route, path, null)).as("no token: " + route).isEqualTo(401);
			for (var entry : tokens.entrySet()) {
				if (!entry.getKey().equals(route.realm())) {
					assertThat(call(api, route, path, entry.getValue()))
							.as(entry.getKey() + " token: " + route).isEqualTo(401);
				}
			}
			checked++;
		}
		assertThat(checked).isGreaterThan(5);
	}

	@Test
	void everyTenantRouteRefusesAnotherTenantsToken() {

		var api = new Api(port);
		var tenants = new Tenants(api);
		var victim = tenants.store("Victim Walk");
		var intruder = tenants.store("Intruder Walk");

		for (var route : apiRoutes()) {
			if (route.isSignInFlow() || route.method().equals("GET") && !route.pattern().contains("{")) {
				continue;
			}
			var path = fill(route.pattern(), Map.of("storeId", victim.storeId().toString(), "storeCode",
					victim.storeCode()));
			var status = switch (route.realm()) {
				case "merchant" -> call(api, route, path, intruder.merchantToken());
				case "store" -> call(api, route, path, intruder.storeToken());
				default -> 404;
			};
			assertThat(status).as("foreign tenant: " + route).isBetween(400, 499);
		}
	}

	private List<Route> apiRoutes() {

		var routes = new ArrayList<Route>();
		mappings.getHandlerMethods().forEach((info, method) -> {
			var methods = info.getMethodsCondition().getMethods();
			for (var pattern : info.getPatternValues()) {
				if (!pattern.startsWith("/api/")) {
					continue;
				}
				if (methods.isEmpty()) {
					routes.add(new Route("GET", pattern));
				}
				for (RequestMethod verb : methods) {
					routes.add(new Route(verb.name(), pattern));
				}
			}
		});
		return routes;
	}

	private static String fill(String pattern, Map<String, String> known) {

		var matcher = VARIABLE.matcher(pattern);
		var path = new StringBuilder();
		while (matcher.find()) {
			var name = matcher.group(1).split(":")[0];
			matcher.appendReplacement(path, known.getOrDefault(name, UUID.randomUUID().toString()));
		}
		matcher.appendTail(path);
		return path.toString();
	}

	private static int call(Api api, Route route, String path, @Nullable String token) {

		var body = route.method().equals("GET") || route.method().equals("DELETE")
				? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString("{}");
		return api.send(route.method(), path, token, Map.of("Content-Type", "application/json"), body).status();
	}
}
