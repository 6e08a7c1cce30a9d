package lu.boutik.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest.BodyPublishers;
import java.util.Map;

import lu.boutik.test.Api;
import lu.boutik.test.IntegrationTest;
import lu.boutik.test.Tenants;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class StoreSuspensionIntegrationTest {

	@LocalServerPort
	int port;

	@Test
	void suspendingStoreSignsOutItsMembersAndClosesItsStorefront() {

		var api = new Api(port);
		var store = new Tenants(api).store("Suspended Store");
		assertThat(api.get("/api/v1/store/orders", store.storeToken()).status()).isEqualTo(200);

		var suspended = status(api, store, "suspended");

		assertThat(suspended.status()).isEqualTo(200);
		assertThat(api.get("/api/v1/store/orders", store.storeToken()).status()).isEqualTo(401);
		assertThat(api.get("/api/v1/storefront/" + store.storeCode() + "/products", null).status()).isEqualTo(404);
		assertThat(api.post("/api/v1/store/auth/login", null, Map.of("email", store.memberEmail(), "password",
				Tenants.PASSWORD, "store_code", store.storeCode())).status()).isEqualTo(401);
		var member = api.post("/api/v1/merchant/stores/" + store.storeId() + "/members", store.merchantToken(),
				Map.of("email", "late@store.test", "password", Tenants.PASSWORD, "role", "staff"));
		assertThat(member.status()).isEqualTo(409);

		status(api, store, "active");
		assertThat(api.post("/api/v1/store/auth/login", null, Map.of("email", store.memberEmail(), "password",
				Tenants.PASSWORD, "store_code", store.storeCode())).status()).isEqualTo(200);
	}

	@Test
	void refusesUnknownStoreStatus() {

		var api = new Api(port);
		var store = new Tenants(api).store("Status Store");

		assertThat(status(api, store, "deleted").status()).isEqualTo(400);
	}

	private static Api.Reply status(Api api, Tenants.StoreTenant store, String status) {
		return api.send("PUT", "/api/v1/admin/stores/" + store.storeId() + "/status", api.signInAdmin(),
				Map.of("Content-Type", "application/json"),
				BodyPublishers.ofString("{\"status\": \"" + status + "\"}"));
	}
}
