package lu.boutik.test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Speaks to the running platform over real HTTP, as a client outside would.
 */
public final class Api {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
	private final String base;

	public Api(int port) {
		this.base = "http://127.0.0.1:" + port;
	}

	/** A response: status, headers and the body read as JSON where it is JSON. */
	public record Reply(int status, java.net.http.HttpHeaders headers, String text) {

		public JsonNode json() {
			return JSON.readTree(text);
		}

		public String header(String name) {
			return headers.firstValue(name).orElse("");
		}
	}

	public Reply get(String path, @Nullable String token) {
		return send(request(path, token).GET());
	}

	public Reply post(String path, @Nullable String token, Object body) {
		return send(request(path, token).header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body instanceof String text ? text
						: JSON.writeValueAsString(body))));
	}

	public Reply send(String method, String path, @Nullable String token, Map<String, String> headers,
			HttpRequest.BodyPublisher body) {

		var request = request(path, token).method(method, body);
		headers.forEach(request::header);
		return send(request);
	}

	public String signIn(String realm, Map<String, String> credentials) {

		var reply = post("/api/v1/" + realm + "/auth/login", null, credentials);
		if (reply.status() != 200) {
			throw new AssertionError("sign-in failed: " + reply.status() + " " + reply.text());
		}
		return reply.json().get("access_token").asString();
	}

	public String signInAdmin() {
		return signIn("admin", Map.of("email", IntegrationTest.ADMIN_EMAIL, "password", IntegrationTest.ADMIN_PASSWORD));
	}

	private HttpRequest.Builder request(String path, @Nullable String token) {

		var request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return request;
	}

	private Reply send(HttpRequest.Builder request) {
		try {
			var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Reply(response.statusCode(), response.headers(), response.body());
		}
		catch (IOException exception) {
			throw new IllegalStateException(exception);
		}
		catch (InterruptedException exception) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(exception);
		}
	}
}
