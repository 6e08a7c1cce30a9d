package lu.boutik;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import lu.boutik.test.Api;
import lu.boutik.test.FeedServer;
import lu.boutik.test.Feeds;
import lu.boutik.test.IntegrationTest;
import lu.boutik.test.Tenants;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The README's quickstart, over HTTP against the running platform: an admin onboards a merchant, the merchant opens
 * a store, a member imports the three real Shopify feeds from a URL, a guest orders, and the order is listed.
 */
@IntegrationTest
class QuickstartIntegrationTest {

	@LocalServerPort
	int port;

	@Test
	void realFeedReachesGuestOrderInStoreOrderList() throws Exception {

		var api = new Api(port);
		var admin = api.signInAdmin();

		var merchant = api.post("/api/v1/admin/merchants", admin, Map.of("name", "Atelier Quickstart",
				"owner_email", "owner@quickstart.test", "owner_password", Tenants.PASSWORD));
		assertThat(merchant.status()).isEqualTo(201);
		assertThat(merchant.json().get("id").asString()).hasSize(36);

		var owner = api.signIn("merchant", Map.of("email", "owner@quickstart.test", "password", Tenants.PASSWORD));
		var store = api.post("/api/v1/merchant/stores", owner, Map.of("name", "Quickstart", "default_language", "lb"));
		assertThat(store.status()).isEqualTo(201);
		var storeId = store.json().get("id").asString();
		var code = store.json().get("code").asString();

		var member = api.post("/api/v1/merchant/stores/" + storeId + "/members", owner,
				Map.of("email", "staff@quickstart.test", "password", Tenants.PASSWORD, "role", "manager"));
		assertThat(member.status()).isEqualTo(201);
		var staff = api.signIn("store",
				Map.of("email", "staff@quickstart.test", "password", Tenants.PASSWORD, "store_code", code));

		var expectedProducts = 0;
		var expectedVariants = 0;
		for (var feed : Feeds.SHOPIFY) {
			var started = api.post("/api/v1/store/catalog/imports", staff, Map.of("source_url", FeedServer.LISTED.url(feed)));
			assertThat(started.status()).isEqualTo(202);
			assertThat(started.json().get("status").asString()).isIn("queued", "running", "completed");

			var finished = awaitImport(api, staff, started.json().get("id").asString());
			assertThat(finished.get("status").asString()).as(finished.toString()).isEqualTo("completed");
			assertThat(finished.get("rows_failed").asInt()).isZero();

			expectedProducts += Feeds.products(feed);
			expectedVariants += Feeds.variants(feed);
		}

		var listing = api.get("/api/v1/storefront/" + code + "/products?size=100", null).json();
		assertThat(listing.get("total").asInt()).isEqualTo(expectedProducts);
		var variants = 0;
		for (var item : listing.get("items")) {
			variants += item.get("variants").size();
		}
		assertThat(variants).isEqualTo(expectedVariants);

		var first = listing.get("items").get(0);
		var second = listing.get("items").get(1);
		var order = api.post("/api/v1/storefront/" + code + "/orders", null, Map.of(
				"email", "guest@example.lu",
				"shipping_address", Map.of("name", "Marie Muller", "street", "12, rue de la Gare",
						"postal_code", "L-1611", "city", "Luxembourg", "country", "LU"),
				"lines", List.of(Map.of("sku", first.get("sku").asString(), "quantity", 2),
						Map.of("sku", second.get("sku").asString(), "quantity", 1))));
		assertThat(order.status()).as(order.text()).isEqualTo(201);
		var number = order.json().get("order_number").asString();
		var expectedTotal = 2 * first.get("price").get("amount_cents").asLong()
				+ second.get("price").get("amount_cents").asLong();
		assertThat(order.json().get("total").get("amount_cents").asLong()).isEqualTo(expectedTotal);
		assertThat(order.json().get("total").get("currency").asString()).isEqualTo("EUR");

		var orders = api.get("/api/v1/store/orders", staff).json();
		assertThat(orders.get("items").get(0).get("order_number").asString()).isEqualTo(number);
		assertThat(orders.get("items").get(0).get("status").asString()).isEqualTo("new");
		assertThat(orders.get("items").get(0).get("total").get("amount_cents").asLong()).isEqualTo(expectedTotal);
	}

	private static JsonNode awaitImport(Api api, String token, String id) throws InterruptedException {

		var deadline = Instant.now().plus(Duration.ofSeconds(90));
		while (true) {
			var state = api.get("/api/v1/store/catalog/imports/" + id, token).json();
			var status = state.get("status").asString();
			if (status.equals("completed") || status.equals("failed") || Instant.now().isAfter(deadline)) {
				return state;
			}
			Thread.sleep(250);
		}
	}
}
