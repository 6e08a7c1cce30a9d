package lu.boutik.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import lu.boutik.test.Api;
import lu.boutik.test.IntegrationTest;
import lu.boutik.test.Tenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Guest checkout and a store's order handling over HTTP, on a catalog with a reduced-rate book, a standard-rate mug
 * and a draft that is not for sale.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrdersIntegrationTest {

	static final Map<String, Object> ADDRESS = Map.of("name", "Marie Muller", "street", "12, rue de la Gare",
			"postal_code", "L-1611", "city", "Luxembourg", "country", "LU");

	@LocalServerPort
	int port;

	Api api;
	Tenants.StoreTenant store;

	@BeforeAll
	void openStore() throws InterruptedException {

		api = new Api(port);
		store = new Tenants(api).store("Orders Store");
		var feed = """
				Handle,Title,Body (HTML),Vendor,Published,Option1 Name,Option1 Value,Variant SKU,Variant Price,\
				Variant Inventory Qty,Variant Inventory Policy,VAT Category
				book,Luxembourg Cookbook,A book,Ed,true,Title,Default Title,BOOK-1,20.00,5,deny,super_reduced
				mug,Mug,A mug,Ed,true,Title,Default Title,MUG-1,11.70,5,deny,standard
				draft,Draft,Not yet,Ed,false,Title,Default Title,DRAFT-1,0.01,5,deny,standard
				gold,Gold Bar,Heavy,Ed,true,Title,Default Title,GOLD-1,999999999.99,50,deny,standard
				""";
		var imported = upload(feed.getBytes(StandardCharsets.UTF_8));
		assertThat(imported.get("status").asString()).as(imported.toString()).isEqualTo("completed");
	}

	@Test
	void splitsVatPerLineAtTheRateOfEachCategory() {

		var placed = order(List.of(Map.of("sku", "BOOK-1", "quantity", 1), Map.of("sku", "MUG-1", "quantity", 2)));
		assertThat(placed.status()).as(placed.text()).isEqualTo(201);
		assertThat(placed.json().get("total").get("amount_cents").asLong()).isEqualTo(2000 + 2 * 1170);

		var detail = api.get("/api/v1/store/orders/" + placed.json().get("order_number").asString(),
				store.storeToken()).json();
		var book = detail.get("lines").get(0);
		var mugs = detail.get("lines").get(1);
		assertThat(book.get("vat_rate_basis_points").asInt()).isEqualTo(300);
		assertThat(book.get("net").get("amount_cents").asLong()).isEqualTo(1942);
		assertThat(mugs.get("vat_rate_basis_points").asInt()).isEqualTo(1700);
		assertThat(mugs.get("net").get("amount_cents").asLong()).isEqualTo(2000);
		assertThat(mugs.get("vat").get("amount_cents").asLong()).isEqualTo(340);
		assertThat(detail.get("vat").get("amount_cents").asLong()).isEqualTo(58 + 340);
	}

	@Test
	void refusesDraftProductsAsUnknownSkus() {

		var reply = order(List.of(Map.of("sku", "DRAFT-1", "quantity", 3)));

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.json().get("errors").get(0).get("field").asString()).isEqualTo("lines[0].sku");
	}

	@Test
	void ignoresPricesSentByTheClient() {

		var reply = api.post("/api/v1/storefront/" + store.storeCode() + "/orders", null, Map.of("email",
				"guest@example.lu", "shipping_address", ADDRESS, "total", Map.of("amount_cents", 1),
				"lines", List.of(Map.of("sku", "MUG-1", "quantity", 1, "unit_price", 1))));

		assertThat(reply.json().get("total").get("amount_cents").asLong()).isEqualTo(1170);
	}

	@Test
	void movesOrdersOnlyAlongTheFulfilmentPath() {

		var number = order(List.of(Map.of("sku", "MUG-1", "quantity", 1))).json().get("order_number").asString();
		var path = "/api/v1/store/orders/" + number + "/status";

		var skipped = api.post(path, store.storeToken(), Map.of("status", "delivered"));
		assertThat(skipped.status()).isEqualTo(409);
		assertThat(skipped.json().get("type").asString()).endsWith("/invalid-status-transition");
		assertThat(skipped.json().get("current_status").asString()).isEqualTo("new");

		for (var status : List.of("confirmed", "shipped", "delivered")) {
			assertThat(api.post(path, store.storeToken(), Map.of("status", status)).status()).isEqualTo(200);
		}
		var delivered = api.get("/api/v1/store/orders/" + number, store.storeToken()).json();
		assertThat(delivered.get("status").asString()).isEqualTo("delivered");
		assertThat(Instant.parse(delivered.get("withdrawal_deadline").asString()))
				.isEqualTo(Instant.parse(delivered.get("delivered_at").asString()).plus(Duration.ofDays(14)));
		assertThat(api.post(path, store.storeToken(), Map.of("status", "cancelled")).status()).isEqualTo(409);
	}

	@Test
	void hidesOrdersFromOtherStores() {

		var number = order(List.of(Map.of("sku", "MUG-1", "quantity", 1))).json().get("order_number").asString();
		var other = new Tenants(api).store("Other Orders Store");

		assertThat(api.get("/api/v1/store/orders/" + number, other.storeToken()).status()).isEqualTo(404);
		assertThat(api.post("/api/v1/store/orders/" + number + "/status", other.storeToken(),
				Map.of("status", "cancelled")).status()).isEqualTo(404);
		assertThat(api.get("/api/v1/store/orders", other.storeToken()).json().get("total").asInt()).isZero();
	}

	@Test
	void listsNewestOrdersFirst() {

		var first = order(List.of(Map.of("sku", "MUG-1", "quantity", 1))).json().get("order_number").asString();
		var second = order(List.of(Map.of("sku", "MUG-1", "quantity", 1))).json().get("order_number").asString();

		var page = api.get("/api/v1/store/orders?page=1&size=2", store.storeToken()).json();
		assertThat(page.get("items").get(0).get("order_number").asString()).isEqualTo(second);
		assertThat(page.get("items").get(1).get("order_number").asString()).isEqualTo(first);
		assertThat(api.get("/api/v1/store/orders?size=1000", store.storeToken()).status()).isEqualTo(400);
	}

	@Test
	void refusesTotalsBeyondWhatClientsReadExactly() {

		var reply = order(List.of(Map.of("sku", "GOLD-1", "quantity", 20)));

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.json().get("errors").get(0).get("field").asString()).isEqualTo("lines");
	}

	@Test
	void refusesUnknownCountryCodes() {

		var reply = api.post("/api/v1/storefront/" + store.storeCode() + "/orders", null, Map.of("email",
				"guest@example.lu", "shipping_address", Map.of("name", "A", "street", "B", "postal_code", "1",
						"city", "C", "country", "ZZ"), "lines", List.of(Map.of("sku", "MUG-1", "quantity", 1))));

		assertThat(reply.status()).isEqualTo(400);
	}

	private Api.Reply order(List<Map<String, Object>> lines) {
		return api.post("/api/v1/storefront/" + store.storeCode() + "/orders", null,
				Map.of("email", "guest@example.lu", "shipping_address", ADDRESS, "lines", lines));
	}

	private JsonNode upload(byte[] content) throws InterruptedException {

		var boundary = "orders-test-boundary";
		var body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"feed.csv\""
				+ "\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		var started = api.send("POST", "/api/v1/store/catalog/imports", store.storeToken(),
				Map.of("Content-Type", "multipart/form-data; boundary=" + boundary),
				BodyPublishers.ofByteArray(body.toByteArray())).json();

		var deadline = Instant.now().plusSeconds(60);
		while (Instant.now().isBefore(deadline)) {
			var state = api.get("/api/v1/store/catalog/imports/" + started.get("id").asString(), store.storeToken())
					.json();
			if (!state.get("status").asString().matches("queued|running")) {
				return state;
			}
			Thread.sleep(250);
		}
		throw new AssertionError("import did not finish");
	}
}
