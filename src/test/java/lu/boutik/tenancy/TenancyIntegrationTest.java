package lu.boutik.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import lu.boutik.test.Api;
import lu.boutik.test.IntegrationTest;
import lu.boutik.test.Tenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class TenancyIntegrationTest {

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
	void adminOnboardsMerchantWhoOpensStoreWhoseMemberSignsIn() {

		var tenant = tenants.store("Bäckerei Schmit & Fils");

		assertThat(tenant.storeCode()).matches("baeckerei-schmit-fils-[0-9a-hjkmnp-tv-z]{8}|backerei-schmit-fils-"
				+ "[0-9a-hjkmnp-tv-z]{8}");
		assertThat(tenant.storeToken()).isNotBlank();
	}

	@Test
	void signInAnswersWithBearerTokenOfLimitedLife() {

		var reply = api.post("/api/v1/admin/auth/login", null,
				Map.of("email", " Admin@Boutik.TEST ", "password", IntegrationTest.ADMIN_PASSWORD));

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.json().get("token_type").asString()).isEqualTo("Bearer");
		assertThat(reply.json().get("expires_in").asLong()).isBetween(60L, 3600L);
	}

	@Test
	void refusesWrongPasswordAndUnknownAccountAlike() {

		var wrong = api.post("/api/v1/admin/auth/login", null,
				Map.of("email", IntegrationTest.ADMIN_EMAIL, "password", "not-the-password"));
		var unknown = api.post("/api/v1/admin/auth/login", null,
				Map.of("email", "nobody@boutik.test", "password", "not-the-password"));

		assertThat(wrong.status()).isEqualTo(401);
		assertThat(unknown.status()).isEqualTo(401);
		assertThat(wrong.text()).isEqualTo(unknown.text());
	}

	@Test
	void refusesTokenOfAnotherRealm() {

		var adminToken = api.signInAdmin();
		var tenant = tenants.store("Realm Check");

		assertThat(api.get("/api/v1/store/orders", adminToken).status()).isEqualTo(401);
		assertThat(api.get("/api/v1/merchant/stores", adminToken).status()).isEqualTo(401);
		assertThat(api.get("/api/v1/admin/merchants", tenant.storeToken()).status()).isEqualTo(401);
		assertThat(api.get("/api/v1/admin/merchants", tenant.merchantToken()).status()).isEqualTo(401);
		var refused = api.get("/api/v1/merchant/stores", tenant.storeToken());
		assertThat(refused.status()).isEqualTo(401);
		assertThat(refused.json().get("type").asString()).isEqualTo("https://boutik.lu/problems/unauthenticated");
	}

	@Test
	void refusesMerchantAddingMemberToAnotherMerchantsStore() {

		var victim = tenants.store("Victim Store");
		var attacker = tenants.merchantToken();

		var reply = api.post("/api/v1/merchant/stores/" + victim.storeId() + "/members", attacker,
				Map.of("email", "intruder@evil.test", "password", Tenants.PASSWORD, "role", "owner"));

		assertThat(reply.status()).isEqualTo(403);
		assertThat(reply.json().get("type").asString()).isEqualTo("https://boutik.lu/problems/foreign-tenant");
	}

	@Test
	void refusesForgedAndTamperedTokens() {

		var token = tenants.store("Tamper Check").storeToken();
		var parts = token.split("\\.");
		var forged = parts[0] + "." + parts[1] + "." + "AAAA" + parts[2].substring(4);

		assertThat(api.get("/api/v1/store/orders", forged).status()).isEqualTo(401);
		assertThat(api.get("/api/v1/store/orders", "eyJhbGciOiJub25lIn0.e30.").status()).isEqualTo(401);
	}
}
