package lu.boutik.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Socket;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import lu.boutik.test.Api;
import lu.boutik.test.IntegrationTest;
import lu.boutik.test.Tenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class ErrorResponsesIntegrationTest {

	@LocalServerPort
	int port;

	Api api;

	@BeforeEach
	void connect() {
		api = new Api(port);
	}

	@Test
	void answersUnknownRouteWithProblem() {

		var reply = api.get("/api/v1/storefront/nowhere-at-all/unknown/route", null);

		assertThat(reply.status()).as(reply.text()).isEqualTo(404);
		assertThat(reply.json().has("type")).as(reply.text()).isTrue();
		assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
		assertThat(reply.json().get("type").asString()).isEqualTo("https://boutik.lu/problems/no-such-route");
	}

	@Test
	void answersMalformedJsonWithProblemThatNamesNoClass() {

		var reply = api.post("/api/v1/admin/auth/login", null, "{\"email\": \"a@b.lu\", ");

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.json().get("type").asString()).isEqualTo("https://boutik.lu/problems/malformed-body");
		assertThat(reply.text()).doesNotContainIgnoringCase("jackson").doesNotContain("Exception")
				.doesNotContain("at lu.boutik");
	}

	@Test
	void answersMissingFieldWithProblemNamingTheField() {

		var reply = api.post("/api/v1/admin/auth/login", null, "{\"email\": \"a@b.lu\"}");

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.json().get("type").asString()).isEqualTo("https://boutik.lu/problems/invalid-fields");
		assertThat(reply.json().get("errors").get(0).get("field").asString()).isEqualTo("password");
	}

	@Test
	void putsSecurityHeadersOnEveryResponse() {

		for (var reply : new Api.Reply[] { api.get("/api/v1/admin/merchants", null),
				api.get("/no/such/page", null), api.get("/actuator/health", null) }) {
			assertThat(reply.header("Content-Security-Policy")).contains("default-src 'none'")
					.contains("frame-ancestors 'none'").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
			assertThat(reply.header("X-Content-Type-Options")).isEqualTo("nosniff");
			assertThat(reply.header("Referrer-Policy")).isNotBlank();
			assertThat(reply.header("Permissions-Policy")).isNotBlank();
		}
	}

	@Test
	void answersApiPoliciesThatAllowNothing() {
		assertThat(api.get("/api/v1/admin/merchants", null).header("Content-Security-Policy"))
				.isEqualTo("default-src 'none'; frame-ancestors 'none'");
	}

	@Test
	void refusesOversizedJsonBodyBeforeReadingIt() {

		var reply = api.post("/api/v1/admin/auth/login", null,
				"{\"email\": \"" + "a".repeat(2 * 1024 * 1024) + "\", \"password\": \"x\"}");

		assertThat(reply.status()).isEqualTo(413);
		assertThat(reply.json().get("type").asString()).isEqualTo("https://boutik.lu/problems/payload-too-large");
	}

	@Test
	void holdsMultipartBodiesToTheCapOutsideUploadRoutes() {

		var boundary = "cap-test";
		var body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x\"\r\n\r\n"
				+ "x".repeat(2 * 1024 * 1024) + "\r\n--" + boundary + "--\r\n";
		var reply = api.send("POST", "/api/v1/admin/auth/login", null,
				Map.of("Content-Type", "multipart/form-data; boundary=" + boundary),
				BodyPublishers.ofString(body));

		assertThat(reply.status()).isEqualTo(413);
	}

	@Test
	void answersNulCharactersAsClientErrorWherever() {

		var store = new Tenants(api).store("Nul Store");
		var signIn = api.post("/api/v1/admin/auth/login", null, "{\"email\": \"a\\u0000@x.lu\", \"password\": \"x\"}");
		var search = api.get("/api/v1/storefront/" + store.storeCode() + "/products?q=%00", null);
		var page = api.get("/s/" + store.storeCode() + "/?q=%00", null);
		var order = api.post("/api/v1/storefront/" + store.storeCode() + "/orders", null, """
				{"email": "g@example.lu", "shipping_address": {"name": "A", "street": "B", "postal_code": "1",
				 "city": "C", "country": "LU"}, "lines": [{"sku": "a\\u0000", "quantity": 1}]}""");

		for (var reply : new Api.Reply[] { signIn, search, page, order }) {
			assertThat(reply.status()).as(reply.text()).isEqualTo(400);
			assertThat(reply.json().get("type").asString()).isIn("https://boutik.lu/problems/invalid-characters",
					"https://boutik.lu/problems/invalid-field");
		}
	}

	@Test
	void answersWrongMethodWithoutRepeatingTheRequest() {

		var reply = api.send("DELETE", "/api/v1/admin/auth/login", null, Map.of(),
				BodyPublishers.noBody());

		assertThat(reply.status()).isEqualTo(405);
		assertThat(reply.json().get("type").asString()).isEqualTo("https://boutik.lu/problems/method-not-allowed");
		assertThat(reply.text()).doesNotContain("DELETE");
	}

	@Test
	void answersRequestsTheContainerRefusesAsProblemsWithHeaders() throws Exception {

		try (var socket = new Socket("127.0.0.1", port)) {
			socket.getOutputStream().write(("GET /api/v1/storefront/a%00b/products HTTP/1.1\r\nHost: 127.0.0.1\r\n"
					+ "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
			var answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

			assertThat(answer).startsWith("HTTP/1.1 400")
					.containsIgnoringCase("content-security-policy: default-src 'none'")
					.contains("application/problem+json")
					.contains("\"type\":\"https://boutik.lu/problems/bad-request\"")
					.doesNotContain("<html");
		}
	}
}
