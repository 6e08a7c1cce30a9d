package lu.boutik.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import lu.boutik.core.SecureCodes;
import lu.boutik.test.Api;
import lu.boutik.test.IntegrationTest;
import lu.boutik.test.Tenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Each test is an attack that succeeds without the limits: guessing passwords, spreading guesses over spellings of
 * one email or over forged client addresses, racing guesses in parallel, flooding recovery mail.
 */
@IntegrationTest
class SignInLimitsIntegrationTest {

	static final String WRONG = "wrong-password-guess";

	@LocalServerPort
	int port;

	Api api;
	Tenants tenants;

	@BeforeEach
	void connect() {

		api = new Api(port);
		tenants = new Tenants(api);
	}

	@Test
	void refusesSixthAdminSignInWithinFiveMinutesEvenWithTheRightPassword() {
		assertSixthRefused(api.as(Api.freshAddress()), "/api/v1/admin/auth/login", Map.of("email", tenants.admin()),
				0);
	}

	@Test
	void refusesSixthMerchantSignInWithinFiveMinutesEvenWithTheRightPassword() {
		assertSixthRefused(api.as(Api.freshAddress()), "/api/v1/merchant/auth/login",
				Map.of("email", tenants.merchant().email()), 1);
	}

	@Test
	void refusesSixthStoreMemberSignInWithinFiveMinutesEvenWithTheRightPassword() {

		var store = tenants.store("Limits Store");

		assertSixthRefused(api.as(Api.freshAddress()), "/api/v1/store/auth/login",
				Map.of("email", store.memberEmail(), "store_code", store.storeCode()), 1);
	}

	@Test
	void refusesSixthCustomerSignInWithinFiveMinutesEvenWithTheRightPassword() {

		var store = tenants.store("Limits Shop");
		var customer = tenants.verifiedCustomer(store.storeCode());

		assertSixthRefused(api.as(Api.freshAddress()), "/api/v1/storefront/" + store.storeCode() + "/auth/login",
				Map.of("email", customer), 0);
	}

	@Test
	void countsSpellingsOfOneEmailAsOneAccount() {

		var local = "Spelling" + SecureCodes.base32(8);
		var spellings = new String[] { local + "@X.lu", local.toLowerCase() + "@x.lu",
				" " + local.toLowerCase() + "@x.lu ", local.toUpperCase() + "@X.LU", local + "\uFF20x.lu" };
		for (var spelling : spellings) {
			var reply = api.post("/api/v1/merchant/auth/login", null, Map.of("email", spelling, "password", WRONG));
			assertThat(reply.status()).as(reply.text()).isEqualTo(401);
		}

		var refused = api.post("/api/v1/merchant/auth/login", null,
				Map.of("email", " " + local.toLowerCase() + "@X.lu", "password", WRONG));
		assertThat(refused.status()).isEqualTo(429);
	}

	@Test
	void refusesRotatingSpoofedForwardedHeadersFromAnUntrustedPeer() {

		var attacker = Api.untrustedPeer(port);
		for (int i = 0; i < 5; i++) {
			var reply = spoofedSignIn(attacker, i);
			assertThat(reply.status()).as(reply.text()).isEqualTo(401);
		}

		var refused = spoofedSignIn(attacker, 5);
		assertThat(refused.status()).isEqualTo(429);

		var refusedEarly = spoofedSignIn(attacker, 6);
		assertThat(refusedEarly.status()).isEqualTo(429);
		assertThat(refusedEarly.header("Content-Type")).startsWith("application/problem+json");
		assertThat(refusedEarly.json().get("type").asString()).isEqualTo("https://boutik.lu/problems/rate-limited");
		assertThat(Long.parseLong(refusedEarly.header("Retry-After"))).isBetween(1L, 300L);
		assertThat(refusedEarly.header("Content-Security-Policy"))
				.isEqualTo("default-src 'none'; frame-ancestors 'none'");
	}

	@Test
	void refusesEveryOtherSpellingOfAnExhaustedSignInPathBeforeReadingItsBody() {

		var client = api.as(Api.freshAddress());
		for (int i = 0; i < 5; i++) {
			assertThat(signIn(client, "/api/v1/admin/auth/login", Tenants.freshEmail("guess", "x.lu")).status())
					.isEqualTo(401);
		}
		assertThat(signIn(client, "/api/v1/admin/auth/login", Tenants.freshEmail("guess", "x.lu")).status())
				.isEqualTo(429);

		for (var spelling : new String[] { "/api/v1/admin/auth/login", "/api/v1/%61dmin/auth/login",
				"/api/v1//admin/auth/login", "/api/v1/admin/auth//login", "/api/v1/admin/auth/log%69n" }) {
			var refused = client.post(spelling, null, "{}");
			assertThat(refused.status()).as(spelling + " " + refused.text()).isEqualTo(429);
			assertThat(refused.json().get("type").asString()).isEqualTo("https://boutik.lu/problems/rate-limited");
		}
	}

	@Test
	void honoursTheClientAddressThatATrustedProxyReports() {

		var crowded = api.as(Api.freshAddress());
		for (int i = 0; i < 5; i++) {
			assertThat(signIn(crowded, "/api/v1/admin/auth/login", Tenants.freshEmail("guess", "x.lu")).status())
					.isEqualTo(401);
		}
		assertThat(signIn(crowded, "/api/v1/admin/auth/login", Tenants.freshEmail("guess", "x.lu")).status())
				.isEqualTo(429);

		var neighbour = api.as(Api.freshAddress());
		assertThat(signIn(neighbour, "/api/v1/admin/auth/login", Tenants.freshEmail("guess", "x.lu")).status())
				.isEqualTo(401);
	}

	@Test
	void letsExactlyFiveOfTwentyParallelSignInsThrough() throws Exception {

		var email = Tenants.freshEmail("parallel", "x.lu");
		var attempts = new ArrayList<Callable<Integer>>();
		for (int i = 0; i < 20; i++) {
			attempts.add(() -> signIn(api, "/api/v1/admin/auth/login", email).status());
		}

		var statuses = new ArrayList<Integer>();
		try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
			for (var result : executor.invokeAll(attempts)) {
				statuses.add(result.get());
			}
		}

		assertThat(statuses).filteredOn(status -> status == 401).hasSize(5);
		assertThat(statuses).filteredOn(status -> status == 429).hasSize(15);
	}

	@Test
	void refusesFourthPasswordResetRequestWithinAnHour() {

		var store = tenants.store("Reset Flood");
		var client = api.as(Api.freshAddress());
		for (int i = 0; i < 3; i++) {
			assertThat(client.post("/api/v1/store/auth/forgot-password", null,
					Map.of("email", store.memberEmail(), "store_code", store.storeCode())).status()).isEqualTo(202);
		}

		var refused = api.post("/api/v1/store/auth/forgot-password", null,
				Map.of("email", store.memberEmail().toUpperCase(), "store_code", store.storeCode()));

		assertThat(refused.status()).isEqualTo(429);
		assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(60L, 3600L);
	}

	@Test
	void refusesFourthResetAttemptOfOneClient() {

		var client = api.as(Api.freshAddress());
		for (int i = 0; i < 3; i++) {
			var reply = client.post("/api/v1/merchant/auth/reset-password", null,
					Map.of("token", "guessed-token-" + i, "password", "a-new-long-password"));
			assertThat(reply.status()).as(reply.text()).isEqualTo(400);
			assertThat(reply.json().get("type").asString()).isEqualTo("https://boutik.lu/problems/invalid-token");
		}

		assertThat(client.post("/api/v1/merchant/auth/reset-password", null,
				Map.of("token", "guessed-token-4", "password", "a-new-long-password")).status()).isEqualTo(429);
	}

	/** Guesses until five attempts are spent, counting those its set-up made, then tries the right password. */
	private void assertSixthRefused(Api client, String path, Map<String, String> identity, int spent) {

		for (int i = spent; i < 5; i++) {
			var reply = client.post(path, null, with(identity, WRONG));
			assertThat(reply.status()).as(reply.text()).isEqualTo(401);
		}

		var refused = api.as(Api.freshAddress()).post(path, null, with(identity, Tenants.PASSWORD));

		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
		assertThat(refused.json().get("type").asString()).isEqualTo("https://boutik.lu/problems/rate-limited");
		assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 300L);
		assertThat(refused.text()).doesNotContain("access_token");
	}

	private static Map<String, String> with(Map<String, String> identity, String password) {

		var body = new HashMap<>(identity);
		body.put("password", password);
		return body;
	}

	private static Api.Reply signIn(Api client, String path, String email) {
		return client.post(path, null, Map.of("email", email, "password", WRONG));
	}

	private static Api.Reply spoofedSignIn(Api attacker, int round) {

		var forged = "198.51.100." + (10 + round);
		return attacker.send("POST", "/api/v1/merchant/auth/login", null,
				Map.of("Content-Type", "application/json", "X-Forwarded-For", forged,
						"Forwarded", "for=" + forged, "CF-Connecting-IP", forged, "X-Real-IP", forged),
				java.net.http.HttpRequest.BodyPublishers.ofString("{\"email\": \""
						+ Tenants.freshEmail("spoof", "x.lu") + "\", \"password\": \"" + WRONG + "\"}"));
	}
}
