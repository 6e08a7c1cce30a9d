package lu.boutik.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import lu.boutik.test.Api;
import lu.boutik.test.FeedServer;
import lu.boutik.test.IntegrationTest;
import lu.boutik.test.Tenants;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class ImportRolesIntegrationTest {

	@LocalServerPort
	int port;

	@Test
	void letsStaffHandleOrdersButNotReplaceTheCatalog() {

		var api = new Api(port);
		var store = new Tenants(api).store("Roles Store");
		var email = Tenants.freshEmail("staff", "store.test");
		var added = api.post("/api/v1/merchant/stores/" + store.storeId() + "/members", store.merchantToken(),
				Map.of("email", email, "password", Tenants.PASSWORD, "role", "staff"));
		assertThat(added.status()).isEqualTo(201);
		var staff = api.signIn("store", Map.of("email", email, "password", Tenants.PASSWORD, "store_code",
				store.storeCode()));

		var refused = api.post("/api/v1/store/catalog/imports", staff,
				Map.of("source_url", FeedServer.LISTED.url("shopify-apparel.csv")));

		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.json().get("type").asString()).isEqualTo("https://boutik.lu/problems/forbidden");
		assertThat(api.get("/api/v1/store/catalog/imports", staff).json().toString()).doesNotContain("apparel");
		assertThat(api.get("/api/v1/store/orders", staff).status()).isEqualTo(200);
	}
}
