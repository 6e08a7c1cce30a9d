package lu.boutik.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import lu.boutik.test.Api;
import lu.boutik.test.IntegrationTest;
import lu.boutik.test.Tenants;
import lu.boutik.test.TestMail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Registration, verification, invitations, recovery and sessions end to end: over HTTP, with mail through a real
 * SMTP server, and the links in that mail followed as their recipient would.
 */
@IntegrationTest
class AccountFlowsIntegrationTest {

	static final String BASE = "https://shop.boutik.test/";
	static final String NEW_PASSWORD = "another-long-passphrase";
	static final String STRANGER_PASSWORD = "strangers-own-passphrase";

	private static Tenants.StoreTenant shop;

	@LocalServerPort
	int port;

	Api api;
	Tenants tenants;

	@BeforeEach
	void connect() {

		api = new Api(port);
		tenants = new Tenants(api);
		synchronized (AccountFlowsIntegrationTest.class) {
			if (shop == null) {
				shop = tenants.store("Flows Shop");
			}
		}
	}

	@Test
	void customerSignsInOnlyAfterFollowingTheVerificationLinkWhichWorksOnce() {

		var email = Tenants.freshEmail("newcomer", "customer.test");
		var registered = api.post(storefront("register"), null,
				Map.of("email", email, "password", Tenants.PASSWORD, "language", "de"));
		assertThat(registered.status()).isEqualTo(202);

		var unverified = api.post(storefront("login"), null, Map.of("email", email, "password", Tenants.PASSWORD));
		var unknown = api.post(storefront("login"), null,
				Map.of("email", Tenants.freshEmail("nobody", "customer.test"), "password", Tenants.PASSWORD));
		assertThat(unverified.status()).isEqualTo(401);
		assertThat(unverified.text()).isEqualTo(unknown.text());

		var mail = TestMail.awaitTo(email, "E-Mail-Adresse");
		assertThat(mail.link()).startsWith(BASE + "s/" + shop.storeCode() + "/verify-email#token=");
		assertThat(mail.token()).hasSizeGreaterThanOrEqualTo(22);

		assertThat(api.post(storefront("verify-email"), null, Map.of("token", mail.token())).status()).isEqualTo(204);
		assertThat(api.post(storefront("verify-email"), null, Map.of("token", mail.token())).status()).isEqualTo(400);

		var signedIn = api.post(storefront("login"), null, Map.of("email", email, "password", Tenants.PASSWORD));
		assertThat(signedIn.status()).isEqualTo(200);
		assertThat(signedIn.json().get("token_type").asString()).isEqualTo("Bearer");
		assertThat(signedIn.json().get("refresh_token").asString()).isNotBlank();
	}

	@Test
	void registrationAnswersAlikeForATakenEmail() {

		var email = tenants.verifiedCustomer(shop.storeCode());
		var mailsBefore = TestMail.countTo(email);

		var again = api.post(storefront("register"), null,
				Map.of("email", email.toUpperCase(), "password", "some-other-password", "language", "en"));

		assertThat(again.status()).isEqualTo(202);
		assertThat(again.text()).isEmpty();
		assertThat(TestMail.countTo(email)).isEqualTo(mailsBefore);
	}

	@Test
	void strangerWhoRegisteredAnAddressFirstCannotSignInOnceItsOwnerRegisters() {

		var email = Tenants.freshEmail("taken-first", "customer.test");
		register(email, STRANGER_PASSWORD);
		var strangersLink = TestMail.awaitNthTo(email, 1);

		register(email, Tenants.PASSWORD);
		followNewestLinkAsOwner(email, 2, Tenants.PASSWORD);

		assertThat(api.post(storefront("verify-email"), null, Map.of("token", strangersLink.token())).status())
				.isEqualTo(400);
		assertThat(signInCustomer(email, STRANGER_PASSWORD).status()).isEqualTo(401);
		assertThat(signInCustomer(email, Tenants.PASSWORD).status()).isEqualTo(200);
	}

	@Test
	void strangerWhoRegistersAgainAfterTheOwnerAndAsksForAnotherLinkCannotSignIn() {

		var email = Tenants.freshEmail("raced", "customer.test");
		register(email, STRANGER_PASSWORD);
		TestMail.awaitNthTo(email, 1);
		register(email, Tenants.PASSWORD);
		TestMail.awaitNthTo(email, 2);

		register(email, STRANGER_PASSWORD);
		TestMail.awaitNthTo(email, 3);
		assertThat(api.post(storefront("resend-verification"), null, Map.of("email", email)).status())
				.isEqualTo(202);
		followNewestLinkAsOwner(email, 4, Tenants.PASSWORD);

		assertThat(signInCustomer(email, STRANGER_PASSWORD).status()).isEqualTo(401);
		assertThat(signInCustomer(email, Tenants.PASSWORD).status()).isEqualTo(200);
	}

	@Test
	void registrationAnswersAlikeAndInAboutTheSameTimeForNewUnverifiedAndVerifiedAddresses() {

		var unverified = Tenants.freshEmail("pending", "customer.test");
		register(unverified, STRANGER_PASSWORD);
		var emails = new String[] { Tenants.freshEmail("new", "customer.test"), unverified,
				tenants.verifiedCustomer(shop.storeCode()) };

		var replies = new Api.Reply[3];
		var millis = new long[3];
		for (int i = 0; i < 3; i++) {
			var started = System.nanoTime();
			replies[i] = register(emails[i], Tenants.PASSWORD);
			millis[i] = (System.nanoTime() - started) / 1_000_000;
		}

		for (int i = 0; i < 3; i++) {
			assertThat(replies[i].status()).isEqualTo(202);
			assertThat(replies[i].text()).isEqualTo(replies[0].text());
			assertThat(millis[i]).as("took " + java.util.Arrays.toString(millis))
					.isBetween(millis[0] - 150, millis[0] + 150);
		}
	}

	@Test
	void refusesCommonPasswordsAtRegistration() {

		var reply = api.post(storefront("register"), null,
				Map.of("email", Tenants.freshEmail("weak", "customer.test"), "password", "password1234"));

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.json().get("errors").get(0).get("field").asString()).isEqualTo("password");
	}

	@Test
	void resetLinkRequestedUnderAForgedHostStillPointsAtTheConfiguredBaseUrl() throws IOException {

		var email = tenants.verifiedCustomer(shop.storeCode());
		var before = signInCustomer(email, Tenants.PASSWORD);

		var status = rawPost(storefront("forgot-password"), "{\"email\": \"" + email + "\"}",
				"Host: evil.example\r\nX-Forwarded-Host: evil.example\r\nForwarded: host=evil.example\r\n");
		assertThat(status).isEqualTo(202);

		var mail = TestMail.awaitTo(email, "Passwuert zrécksetzen");
		assertThat(mail.link()).startsWith(BASE + "s/" + shop.storeCode() + "/reset-password#token=");
		assertThat(mail.body()).doesNotContain("evil.example");

		var reset = Map.of("token", mail.token(), "password", NEW_PASSWORD);
		assertThat(api.post(storefront("reset-password"), null, reset).status()).isEqualTo(204);
		assertThat(api.post(storefront("reset-password"), null, reset).status()).isEqualTo(400);

		assertThat(api.post(storefront("login"), null, Map.of("email", email, "password", Tenants.PASSWORD))
				.status()).isEqualTo(401);
		assertThat(signInCustomer(email, NEW_PASSWORD).status()).isEqualTo(200);
		assertThat(api.post(storefront("refresh"), null,
				Map.of("refresh_token", before.json().get("refresh_token").asString())).status()).isEqualTo(401);
		assertThat(TestMail.awaitTo(email, "geännert").body()).contains("Boutik");
	}

	@Test
	void newerResetLinkVoidsTheOlderOne() {

		var owner = tenants.merchant();
		api.post("/api/v1/merchant/auth/forgot-password", null, Map.of("email", owner.email()));
		var first = TestMail.awaitTo(owner.email(), "Reset").token();
		api.post("/api/v1/merchant/auth/forgot-password", null, Map.of("email", owner.email()));
		var second = awaitAnotherToken(owner.email(), "Reset", first);

		assertThat(api.post("/api/v1/merchant/auth/reset-password", null,
				Map.of("token", first, "password", NEW_PASSWORD)).status()).isEqualTo(400);
		assertThat(api.post("/api/v1/merchant/auth/reset-password", null,
				Map.of("token", second, "password", NEW_PASSWORD)).status()).isEqualTo(204);
	}

	@Test
	void reusedRefreshTokenRevokesItsWholeFamily() {

		var owner = tenants.merchant();
		var first = signIn("merchant", owner.email());
		var stolen = first.json().get("refresh_token").asString();

		var rotated = api.post("/api/v1/merchant/auth/refresh", null, Map.of("refresh_token", stolen));
		assertThat(rotated.status()).isEqualTo(200);
		var current = rotated.json().get("refresh_token").asString();
		var access = rotated.json().get("access_token").asString();
		assertThat(current).isNotEqualTo(stolen);
		assertThat(api.get("/api/v1/merchant/stores", access).status()).isEqualTo(200);

		var replayed = api.post("/api/v1/merchant/auth/refresh", null, Map.of("refresh_token", stolen));
		assertThat(replayed.status()).isEqualTo(401);
		assertThat(replayed.json().get("type").asString())
				.isEqualTo("https://boutik.lu/problems/invalid-refresh-token");

		assertThat(api.post("/api/v1/merchant/auth/refresh", null, Map.of("refresh_token", current)).status())
				.isEqualTo(401);
		assertThat(api.get("/api/v1/merchant/stores", access).status()).isEqualTo(401);
	}

	@Test
	void encodedRealmInThePathSignsInToTheRealmItSpellsNotToTheStore() {

		var member = Map.of("email", shop.memberEmail(), "password", Tenants.PASSWORD,
				"store_code", shop.storeCode());

		var encoded = api.post("/api/v1/%61dmin/auth/login", null, member);

		assertThat(encoded.status()).as(encoded.text()).isEqualTo(401);
		assertThat(encoded.text()).doesNotContain("access_token");
		assertThat(api.post("/api/v1/store/auth/login", null, member).status()).isEqualTo(200);
	}

	@Test
	void refreshTokensServeOnlyTheirOwnRealm() {

		var owner = tenants.merchant();
		var refresh = signIn("merchant", owner.email()).json().get("refresh_token").asString();

		assertThat(api.post("/api/v1/admin/auth/refresh", null, Map.of("refresh_token", refresh)).status())
				.isEqualTo(401);
	}

	@Test
	void refreshTokenPostedToAnotherStoreOrRealmStaysGoodForItsOwner() {

		var email = tenants.verifiedCustomer(shop.storeCode());
		var refresh = Map.of("refresh_token",
				signInCustomer(email, Tenants.PASSWORD).json().get("refresh_token").asString());
		var other = tenants.store("Refresh Elsewhere").storeCode();

		assertThat(api.post("/api/v1/storefront/" + other + "/auth/refresh", null, refresh).status()).isEqualTo(401);
		assertThat(api.post("/api/v1/merchant/auth/refresh", null, refresh).status()).isEqualTo(401);

		var rotated = api.post(storefront("refresh"), null, refresh);
		assertThat(rotated.status()).isEqualTo(200);
		assertThat(api.post(storefront("refresh"), null,
				Map.of("refresh_token", rotated.json().get("refresh_token").asString())).status()).isEqualTo(200);
	}

	@Test
	void logoutEndsTheSessionAndItsAccessToken() {

		var owner = tenants.merchant();
		var session = signIn("merchant", owner.email()).json();
		var access = session.get("access_token").asString();
		var refresh = session.get("refresh_token").asString();

		assertThat(api.post("/api/v1/merchant/auth/logout", null, Map.of("refresh_token", refresh)).status())
				.isEqualTo(204);

		assertThat(api.get("/api/v1/merchant/stores", access).status()).isEqualTo(401);
		assertThat(api.post("/api/v1/merchant/auth/refresh", null, Map.of("refresh_token", refresh)).status())
				.isEqualTo(401);
	}

	@Test
	void passwordChangeEndsEverySessionOfTheAccount() {

		var owner = tenants.merchant();
		var laptop = signIn("merchant", owner.email()).json().get("access_token").asString();
		var phone = signIn("merchant", owner.email()).json().get("access_token").asString();

		var wrong = api.post("/api/v1/merchant/auth/change-password", laptop,
				Map.of("current_password", "not-my-password", "new_password", NEW_PASSWORD));
		assertThat(wrong.status()).isEqualTo(401);

		var changed = api.post("/api/v1/merchant/auth/change-password", laptop,
				Map.of("current_password", Tenants.PASSWORD, "new_password", NEW_PASSWORD));
		assertThat(changed.status()).isEqualTo(200);

		assertThat(api.get("/api/v1/merchant/stores", laptop).status()).isEqualTo(401);
		assertThat(api.get("/api/v1/merchant/stores", phone).status()).isEqualTo(401);
		assertThat(api.get("/api/v1/merchant/stores", changed.json().get("access_token").asString()).status())
				.isEqualTo(200);
		assertThat(TestMail.awaitTo(owner.email(), "password was changed").body()).contains("reset");
	}

	@Test
	void changingAPasswordNeedsASignedInCaller() {
		assertThat(api.post("/api/v1/admin/auth/change-password", null,
				Map.of("current_password", "x", "new_password", NEW_PASSWORD)).status()).isEqualTo(401);
	}

	@Test
	void merchantOwnerSetsThePasswordFromTheInvitationOnce() {

		var email = Tenants.freshEmail("invited", "merchant.test");
		var created = api.post("/api/v1/admin/merchants", api.signInAdmin(),
				Map.of("name", "Invited Merchant", "owner_email", email));
		assertThat(created.status()).isEqualTo(201);

		assertThat(api.post("/api/v1/merchant/auth/login", null, Map.of("email", email, "password", "anything-at-all"))
				.status()).isEqualTo(401);

		var mail = TestMail.awaitTo(email, "invited");
		assertThat(mail.link()).startsWith(BASE + "merchants/accept-invitation#token=");
		var accept = Map.of("token", mail.token(), "password", NEW_PASSWORD);

		var accepted = api.post("/api/v1/merchant/auth/accept-invitation", null, accept);
		assertThat(accepted.status()).isEqualTo(200);
		assertThat(api.get("/api/v1/merchant/stores", accepted.json().get("access_token").asString()).status())
				.isEqualTo(200);
		assertThat(api.post("/api/v1/merchant/auth/accept-invitation", null, accept).status()).isEqualTo(400);
		assertThat(signIn("merchant", email, NEW_PASSWORD).status()).isEqualTo(200);
	}

	@Test
	void storeOwnerInvitesAMemberWhoJoinsFromTheMailedLink() {

		var email = Tenants.freshEmail("staff", "store.test");
		var invited = api.post("/api/v1/store/members", shop.storeToken(), Map.of("email", email, "role", "staff"));
		assertThat(invited.status()).isEqualTo(201);

		var mail = TestMail.awaitTo(email, "invitation");
		assertThat(mail.link()).startsWith(BASE + "store/accept-invitation#token=");
		var joined = api.post("/api/v1/store/auth/accept-invitation", null,
				Map.of("token", mail.token(), "password", NEW_PASSWORD));
		assertThat(joined.status()).isEqualTo(200);

		var staff = joined.json().get("access_token").asString();
		assertThat(api.post("/api/v1/store/members", staff,
				Map.of("email", Tenants.freshEmail("more", "store.test"), "role", "staff")).status()).isEqualTo(403);
		assertThat(api.post("/api/v1/store/auth/login", null,
				Map.of("email", email, "password", NEW_PASSWORD, "store_code", shop.storeCode())).status())
				.isEqualTo(200);
	}

	@Test
	void onlySuperAdminsInviteAdmins() {

		var email = tenants.admin();
		var platformAdmin = signIn("admin", email).json().get("access_token").asString();

		assertThat(api.post("/api/v1/admin/admins", platformAdmin,
				Map.of("email", Tenants.freshEmail("other", "boutik.test"), "role", "super_admin")).status())
				.isEqualTo(403);
	}

	@Test
	void recoveryAnswersAlikeAndInAboutTheSameTimeForUnknownUnverifiedAndKnownAccounts() {

		var known = tenants.verifiedCustomer(shop.storeCode());
		var unverified = Tenants.freshEmail("pending", "customer.test");
		api.post(storefront("register"), null, Map.of("email", unverified, "password", Tenants.PASSWORD));
		var unknown = Tenants.freshEmail("ghost", "customer.test");

		for (var endpoint : new String[] { "forgot-password", "resend-verification" }) {
			var replies = new Api.Reply[3];
			var millis = new long[3];
			var emails = new String[] { unknown, unverified, known };
			for (int i = 0; i < 3; i++) {
				var started = System.nanoTime();
				replies[i] = api.post(storefront(endpoint), null, Map.of("email", emails[i]));
				millis[i] = (System.nanoTime() - started) / 1_000_000;
			}

			for (int i = 0; i < 3; i++) {
				assertThat(replies[i].status()).as(endpoint).isEqualTo(202);
				assertThat(replies[i].text()).isEqualTo(replies[0].text());
				assertThat(millis[i]).as(endpoint + " took " + java.util.Arrays.toString(millis))
						.isBetween(millis[0] - 150, millis[0] + 150);
			}
		}
	}

	@Test
	void customerTokenOpensNothingAtAnotherStore() {

		var email = tenants.verifiedCustomer(shop.storeCode());
		var session = signInCustomer(email, Tenants.PASSWORD).json();
		var other = tenants.store("Other Shop").storeCode();

		var foreign = api.post("/api/v1/storefront/" + other + "/auth/change-password",
				session.get("access_token").asString(),
				Map.of("current_password", Tenants.PASSWORD, "new_password", NEW_PASSWORD));
		assertThat(foreign.status()).isEqualTo(403);
		assertThat(api.post("/api/v1/storefront/" + other + "/auth/refresh", null,
				Map.of("refresh_token", session.get("refresh_token").asString())).status()).isEqualTo(401);
		assertThat(api.post(storefront("change-password"), shop.storeToken(),
				Map.of("current_password", Tenants.PASSWORD, "new_password", NEW_PASSWORD)).status())
				.isEqualTo(401);
	}

	private String storefront(String action) {
		return "/api/v1/storefront/" + shop.storeCode() + "/auth/" + action;
	}

	private Api.Reply register(String email, String password) {
		return api.post(storefront("register"), null, Map.of("email", email, "password", password, "language", "en"));
	}

	/**
	 * Does what the holder of the address does with the newest mail: confirms a verification link, or chooses their
	 * own password with a link to choose one.
	 */
	private void followNewestLinkAsOwner(String email, int nth, String password) {

		var mail = TestMail.awaitNthTo(email, nth);
		var followed = mail.link().contains("/verify-email#")
				? api.post(storefront("verify-email"), null, Map.of("token", mail.token()))
				: api.post(storefront("reset-password"), null, Map.of("token", mail.token(), "password", password));
		assertThat(followed.status()).as(mail.link()).isEqualTo(204);
	}

	private Api.Reply signInCustomer(String email, String password) {
		return api.post(storefront("login"), null, Map.of("email", email, "password", password));
	}

	private Api.Reply signIn(String realm, String email) {
		return signIn(realm, email, Tenants.PASSWORD);
	}

	private Api.Reply signIn(String realm, String email, String password) {
		return api.post("/api/v1/" + realm + "/auth/login", null, Map.of("email", email, "password", password));
	}

	private static String awaitAnotherToken(String email, String subject, String previous) {

		for (int i = 0; i < 300; i++) {
			var token = TestMail.awaitTo(email, subject).token();
			if (!token.equals(previous)) {
				return token;
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException exception) {
				Thread.currentThread().interrupt();
			}
		}
		throw new AssertionError("no second mail");
	}

	/** A request written by hand, so that it can carry any Host header. Answers the status code. */
	private int rawPost(String path, String json, String headers) throws IOException {

		try (var socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(30_000);
			var body = json.getBytes(StandardCharsets.UTF_8);
			OutputStream out = socket.getOutputStream();
			out.write(("POST " + path + " HTTP/1.1\r\n" + headers + "Content-Type: application/json\r\n"
					+ "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n")
					.getBytes(StandardCharsets.US_ASCII));
			out.write(body);
			out.flush();
			InputStream in = socket.getInputStream();
			var statusLine = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1).lines().findFirst()
					.orElseThrow();
			return Integer.parseInt(statusLine.split(" ")[1]);
		}
	}
}
