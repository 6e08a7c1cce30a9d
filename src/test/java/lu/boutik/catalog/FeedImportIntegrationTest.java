package lu.boutik.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import lu.boutik.test.Api;
import lu.boutik.test.Feeds;
import lu.boutik.test.FeedServer;
import lu.boutik.test.IntegrationTest;
import lu.boutik.test.Tenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class FeedImportIntegrationTest {

	static final String PRODUCTS = "/api/v1/store/catalog/products";

	@LocalServerPort
	int port;

	Api api;
	Tenants tenants;
	CatalogClient catalog;

	@BeforeEach
	void connect() {

		api = new Api(port);
		tenants = new Tenants(api);
		catalog = new CatalogClient(api);
	}

	@Test
	void importsEveryProductAndVariantOfTheRealShopifyFeeds() throws IOException {

		var store = tenants.store("Shopify Samples");
		var ids = new ArrayList<String>();
		for (var name : Feeds.SHOPIFY) {
			ids.add(catalog.started(store.storeToken(), name, Files.readAllBytes(Feeds.file(name))));
		}

		int products = 0;
		int variants = 0;
		for (int i = 0; i < ids.size(); i++) {
			var name = Feeds.SHOPIFY.get(i);
			var done = catalog.finished(store.storeToken(), ids.get(i));
			assertThat(done.get("status").asString()).as(done.toString()).isEqualTo("completed");
			assertThat(done.get("rows_read").asLong()).isEqualTo(Feeds.rows(name));
			assertThat(done.get("rows_imported").asLong()).isEqualTo(Feeds.rows(name));
			assertThat(done.get("rows_failed").asLong()).isZero();
			assertThat(done.get("errors")).isEmpty();
			assertThat(done.has("failure")).isTrue();
			products += Feeds.products(name);
			variants += Feeds.variants(name);
		}

		var listing = api.get(PRODUCTS + "?size=100", store.storeToken()).json();
		assertThat(listing.get("total").asLong()).isEqualTo(products);
		assertThat(listing.get("items")).hasSize(products);
		assertThat(variantCount(listing)).isEqualTo(variants);

		var storefront = api.get("/api/v1/storefront/" + store.storeCode() + "/products?size=100", null).json();
		assertThat(storefront.get("total").asLong()).isEqualTo(products);
		assertThat(variantCount(storefront)).isEqualTo(variants);
	}

	@Test
	void reimportCreatesNoDuplicatesAndUpdatesChangedPrices() {

		var store = tenants.store("Reimport");
		var first = catalog.finished(store.storeToken(), catalog.started(store.storeToken(), "feed.tsv",
				googleFeed("9.90 EUR")));
		assertThat(first.get("rows_imported").asLong()).isEqualTo(3);

		var second = catalog.finished(store.storeToken(), catalog.started(store.storeToken(), "feed.tsv",
				googleFeed("11.50 EUR")));
		assertThat(second.get("status").asString()).isEqualTo("completed");

		var listing = api.get(PRODUCTS, store.storeToken()).json();
		assertThat(listing.get("total").asLong()).isEqualTo(2);
		assertThat(variantCount(listing)).isEqualTo(3);
		var mug = find(listing, "MUG-1");
		assertThat(mug.get("price").get("amount_cents").asLong()).isEqualTo(1150);
		assertThat(mug.get("price").get("currency").asString()).isEqualTo("EUR");
	}

	@Test
	void refusesOnlyTheBadRowsOfAFeed() {

		var store = tenants.store("Bad Rows");
		var feed = """
				id\ttitle\tdescription\tavailability\tprice\tbrand\tgtin
				OK-1\tGood one\tFine\tin_stock\t12.90 EUR\tAcme\t4006381333931
				BAD-2\tBad price\tNo\tin_stock\ttwelve euros\tAcme\t
				\tNo id\tNo\tin_stock\t3.00 EUR\tAcme\t
				OK-4\tGood two\tFine\tout_of_stock\t5 EUR\tAcme\t
				""";

		var done = catalog.finished(store.storeToken(), catalog.started(store.storeToken(), "feed.tsv", bytes(feed)));

		assertThat(done.get("status").asString()).isEqualTo("completed");
		assertThat(done.get("rows_read").asLong()).isEqualTo(4);
		assertThat(done.get("rows_imported").asLong()).isEqualTo(2);
		assertThat(done.get("rows_failed").asLong()).isEqualTo(2);
		assertThat(done.get("errors")).hasSize(2);
		assertThat(done.get("errors").get(0).get("row").asLong()).isEqualTo(3);
		assertThat(done.get("errors").get(0).get("message").asString()).contains("price");
		assertThat(done.get("errors").get(1).get("row").asLong()).isEqualTo(4);
		assertThat(done.get("errors").get(1).get("message").asString()).isEqualTo("id is empty");
		assertThat(api.get(PRODUCTS, store.storeToken()).json().get("total").asLong()).isEqualTo(2);
	}

	@Test
	void failsImportOfUnreadableFilesWithTheReason() {

		var store = tenants.store("Unreadable");
		var token = store.storeToken();
		var empty = catalog.started(token, "empty.csv", new byte[0]);
		var binary = catalog.started(token, "photo.csv", new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13 });
		var unknown = catalog.started(token, "notes.csv", bytes("name,colour\nchair,red\n"));

		assertThat(catalog.finished(token, empty).get("failure").asString()).isEqualTo("The file is empty.");
		assertThat(catalog.finished(token, binary).get("failure").asString()).contains("binary");
		var unknownDone = catalog.finished(token, unknown);
		assertThat(unknownDone.get("status").asString()).isEqualTo("failed");
		assertThat(unknownDone.get("failure").asString()).contains("neither a Shopify product CSV");
	}

	@Test
	void hidesOneStoresImportFromAnother() {

		var owner = tenants.store("Import Owner");
		var other = tenants.store("Import Snoop");
		var id = catalog.started(owner.storeToken(), "feed.tsv", googleFeed("1.00 EUR"));

		var reply = api.get(CatalogClient.IMPORTS + "/" + id, other.storeToken());

		assertThat(reply.status()).isEqualTo(404);
		assertThat(reply.json().get("type").asString()).isEqualTo("https://boutik.lu/problems/not-found");
		catalog.finished(owner.storeToken(), id);
		assertThat(api.get(PRODUCTS, other.storeToken()).json().get("total").asLong()).isZero();
	}

	@Test
	void answersBadImportRequestsWithProblems() {

		var token = tenants.store("Bad Requests").storeToken();

		var ftp = api.post(CatalogClient.IMPORTS, token, Map.of("source_url", "ftp://feeds.example/feed.csv"));
		assertThat(ftp.status()).isEqualTo(400);
		assertThat(ftp.json().get("type").asString()).isEqualTo("https://boutik.lu/problems/invalid-field");
		assertThat(ftp.json().get("errors").get(0).get("field").asString()).isEqualTo("source_url");

		var nothing = api.post(CatalogClient.IMPORTS, token, Map.of());
		assertThat(nothing.status()).isEqualTo(400);
		assertThat(nothing.json().get("errors").get(0).get("field").asString()).isEqualTo("source_url");

		var text = api.send("POST", CatalogClient.IMPORTS, token, Map.of("Content-Type", "text/plain"),
				java.net.http.HttpRequest.BodyPublishers.ofString("https://feeds.example/feed.csv"));
		assertThat(text.status()).isEqualTo(400);
		assertThat(text.json().get("errors").get(0).get("expected").asString()).contains("multipart");

		var large = catalog.upload(token, "large.csv", new byte[3 * 1024 * 1024]);
		assertThat(large.status()).isEqualTo(413);
		assertThat(large.json().get("type").asString()).isEqualTo("https://boutik.lu/problems/file-too-large");
		assertThat(large.json().get("errors").get(0).get("field").asString()).isEqualTo("file");

		var language = api.post(CatalogClient.IMPORTS, token,
				Map.of("source_url", "https://feeds.example/feed.csv", "language", "xx"));
		assertThat(language.status()).isEqualTo(400);
		assertThat(language.json().get("errors").get(0).get("field").asString()).isEqualTo("language");
	}

	@Test
	void failsUrlImportOfLoopbackServerTheAllowlistDoesNotName() {

		var store = tenants.store("No Allowlist");

		var done = catalog.finished(store.storeToken(), catalog.startedFromUrl(store.storeToken(),
				FeedServer.UNLISTED.url("shopify-apparel.csv")));

		assertThat(done.get("status").asString()).isEqualTo("failed");
		assertThat(done.get("failure").asString()).startsWith("The feed's address is not allowed");
		assertThat(api.get(PRODUCTS, store.storeToken()).json().get("total").asLong()).isZero();
	}

	static byte[] googleFeed(String mugPrice) {

		return bytes("""
				id\ttitle\ttitle_fr\tdescription\tlink\timage_link\tavailability\tprice\tbrand\tgtin\t\
				item_group_id\tsize
				MUG-1\tMug\tTasse\tA mug\thttps://shop.example/mug\thttps://img.example/mug.jpg\tin_stock\t%s\t\
				Acme\t4006381333931\t\t
				TEE-S\tTee\tT-shirt\tA tee\thttps://shop.example/tee\thttps://img.example/tee.jpg\tin_stock\t\
				15.00 EUR\tAcme\t\tTEE\tS
				TEE-M\tTee\tT-shirt\tA tee\thttps://shop.example/tee\thttps://img.example/tee.jpg\tout_of_stock\t\
				16.00 EUR\tAcme\t\tTEE\tM
				""".formatted(mugPrice));
	}

	static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	static int variantCount(JsonNode listing) {

		int count = 0;
		for (var item : listing.get("items")) {
			count += item.get("variants").size();
		}
		return count;
	}

	static JsonNode find(JsonNode listing, String sku) {

		for (var item : listing.get("items")) {
			if (item.get("sku").asString().equals(sku)) {
				return item;
			}
		}
		throw new AssertionError("no item " + sku + " in " + listing);
	}

	static List<String> skus(JsonNode listing) {

		var skus = new ArrayList<String>();
		listing.get("items").forEach(item -> skus.add(item.get("sku").asString()));
		return skus;
	}
}
