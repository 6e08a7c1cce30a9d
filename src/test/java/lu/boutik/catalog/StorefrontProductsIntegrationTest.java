package lu.boutik.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.UUID;

import lu.boutik.core.files.FileStore;
import lu.boutik.tenancy.Language;
import lu.boutik.test.Api;
import lu.boutik.test.Feeds;
import lu.boutik.test.IntegrationTest;
import lu.boutik.test.Tenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StorefrontProductsIntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	ProductLookup lookup;

	@Autowired
	FeedImportJob job;

	@Autowired
	FeedImports imports;

	@Autowired
	FileStore files;

	@Autowired
	ImportBatches batches;

	@Autowired
	JdbcClient jdbc;

	Api api;
	Tenants.StoreTenant store;
	String storefront;

	@BeforeAll
	void importFeeds() throws IOException {

		api = new Api(port);
		var catalog = new CatalogClient(api);
		store = new Tenants(api).store("Storefront Shop");
		storefront = "/api/v1/storefront/" + store.storeCode() + "/products";

		var ids = new ArrayList<String>();
		ids.add(catalog.started(store.storeToken(), "apparel.csv",
				Files.readAllBytes(Feeds.file("shopify-apparel.csv"))));
		ids.add(catalog.started(store.storeToken(), "google.tsv", FeedImportIntegrationTest.googleFeed("9.90 EUR")));
		for (var id : ids) {
			assertThat(catalog.finished(store.storeToken(), id).get("status").asString()).isEqualTo("completed");
		}
	}

	@BeforeEach
	void connect() {
		api = new Api(port);
	}

	@Test
	void listsOneItemPerProductWithItsDefaultVariantAndAllVariants() throws IOException {

		var listing = api.get(storefront + "?size=100", null).json();

		assertThat(listing.get("total").asLong()).isEqualTo(Feeds.products("shopify-apparel.csv") + 2);
		assertThat(listing.get("page").asInt()).isEqualTo(1);
		assertThat(listing.get("size").asInt()).isEqualTo(100);
		var top = FeedImportIntegrationTest.find(listing, "classic-varsity-top-small");
		assertThat(top.get("title").asString()).isEqualTo("Classic Varsity Top");
		assertThat(top.get("price").get("amount_cents").asLong()).isEqualTo(6000);
		assertThat(top.get("variants")).hasSize(3);
		assertThat(top.get("variants").get(2).get("sku").asString()).isEqualTo("classic-varsity-top-large");
		assertThat(top.get("variants").get(2).get("options").get("Size").asString()).isEqualTo("Large");
		var tee = FeedImportIntegrationTest.find(listing, "TEE-S");
		assertThat(tee.get("variants")).hasSize(2);
	}

	@Test
	void pagesThroughEveryProductOnce() throws IOException {

		var seen = new ArrayList<String>();
		for (int page = 1; page <= 5; page++) {
			var listing = api.get(storefront + "?size=5&page=" + page, null).json();
			assertThat(listing.get("items").size()).isLessThanOrEqualTo(5);
			seen.addAll(FeedImportIntegrationTest.skus(listing));
		}

		assertThat(seen).doesNotHaveDuplicates().hasSize(Feeds.products("shopify-apparel.csv") + 2);
		assertThat(api.get(storefront + "?size=5&page=50", null).json().get("items")).isEmpty();
	}

	@Test
	void searchesTitlesSkusAndGtins() {

		var byTitle = api.get(storefront + "?q=jacket", null).json();
		assertThat(FeedImportIntegrationTest.skus(byTitle)).contains("classic-leather-jacket", "navy-sport-jacket",
				"dark-winter-jacket", "zipped-jacket", "olive-green-jacket");
		assertThat(byTitle.get("total").asLong()).isEqualTo(byTitle.get("items").size());

		assertThat(FeedImportIntegrationTest.skus(api.get(storefront + "?q=TEE-M", null).json()))
				.containsExactly("TEE-S");
		assertThat(FeedImportIntegrationTest.skus(api.get(storefront + "?q=4006381333931", null).json()))
				.containsExactly("MUG-1");
		assertThat(api.get(storefront + "?q=100%25_", null).json().get("total").asLong()).isZero();
	}

	@Test
	void showsTitlesInTheLanguageAskedFor() {

		assertThat(FeedImportIntegrationTest.find(api.get(storefront + "?q=MUG", null).json(), "MUG-1")
				.get("title").asString()).isEqualTo("Tasse");
		assertThat(FeedImportIntegrationTest.find(api.get(storefront + "?q=MUG&lang=de", null).json(), "MUG-1")
				.get("title").asString()).isEqualTo("Tasse");
	}

	@Test
	void answersBadPagingWithProblems() {

		for (var query : new String[] { "?page=0", "?size=0", "?size=101", "?page=x", "?lang=xx" }) {
			var reply = api.get(storefront + query, null);
			assertThat(reply.status()).as(query).isEqualTo(400);
			assertThat(reply.json().get("type").asString()).isEqualTo("https://boutik.lu/problems/invalid-field");
		}
		var unknown = api.get("/api/v1/storefront/no-such-store/products", null);
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.json().get("type").asString()).isEqualTo("https://boutik.lu/problems/not-found");
	}

	@Test
	void showsProductOfAnyOfItsVariants() {

		var product = api.get(storefront + "/classic-varsity-top-medium", null).json();

		assertThat(product.get("sku").asString()).isEqualTo("classic-varsity-top-small");
		assertThat(product.get("description").asString()).startsWith("Womens casual varsity top");
		assertThat(product.get("images")).hasSize(1);
		assertThat(product.get("variants")).hasSize(3);
		assertThat(api.get(storefront + "/no-such-sku", null).status()).isEqualTo(404);
	}

	@Test
	void looksUpVariantsBySkuAndGtinWithinTheStoreOnly() {

		var mug = lookup.bySku(store.storeId(), "MUG-1").orElseThrow();
		assertThat(mug.productTitle()).isEqualTo("Tasse");
		assertThat(mug.priceCents()).isEqualTo(990);
		assertThat(mug.currency()).isEqualTo("EUR");
		assertThat(mug.vatCategory()).isEqualTo("standard");
		assertThat(mug.available()).isTrue();
		assertThat(mug.gtin()).isEqualTo("4006381333931");

		assertThat(lookup.byGtin(store.storeId(), "04006381333931")).contains(mug);
		assertThat(lookup.bySku(store.storeId(), "TEE-M").orElseThrow().options()).containsEntry("size", "M");
		assertThat(lookup.bySku(UUID.randomUUID(), "MUG-1")).isEmpty();
		assertThat(lookup.byGtin(UUID.randomUUID(), "4006381333931")).isEmpty();
	}

	@Test
	void streamsEveryProductWithTranslationsForExport() throws IOException {

		var exported = new ArrayList<ExportedProduct>();
		lookup.forEachProduct(store.storeId(), exported::add);

		assertThat(exported).hasSize(Feeds.products("shopify-apparel.csv") + 2);
		var tee = exported.stream().filter(product -> product.handle().equals("TEE")).findFirst().orElseThrow();
		assertThat(tee.texts().get(Language.FR).title()).isEqualTo("T-shirt");
		assertThat(tee.variants()).extracting(ExportedProduct.Variant::sku).containsExactly("TEE-S", "TEE-M");
	}

	@Test
	void runsAnInterruptedImportAgainWithoutDoublingAnything() throws IOException {

		var feed = Files.readAllBytes(Feeds.file("shopify-jewelery.csv"));
		var id = UUID.randomUUID();
		var key = files.save("feeds", new ByteArrayInputStream(feed), feed.length);
		imports.add(id, store.storeId(), null, "jewelery.csv", key.value(), Language.EN);

		// A first attempt that saved part of the feed, then stopped with the platform.
		imports.running(id);
		var partial = new FeedReaderTests.Collected();
		FeedReader.read(new ByteArrayInputStream(feed), Language.EN, partial);
		batches.save(id, store.storeId(), partial.all.subList(0, 5));
		jdbc.sql("update feed_imports set rows_read = 7, rows_imported = 7 where id = ?").param(id).update();
		var before = products() - 5;

		job.run(new FeedImportRequest(id));

		var done = imports.byId(store.storeId(), id).orElseThrow();
		assertThat(done.status()).isEqualTo("completed");
		assertThat(done.rowsRead()).isEqualTo(Feeds.rows("shopify-jewelery.csv"));
		assertThat(done.rowsImported()).isEqualTo(Feeds.rows("shopify-jewelery.csv"));
		assertThat(products() - before).isEqualTo(Feeds.products("shopify-jewelery.csv"));

		var again = UUID.randomUUID();
		var secondKey = files.save("feeds", new ByteArrayInputStream(feed), feed.length);
		imports.add(again, store.storeId(), null, "jewelery.csv", secondKey.value(), Language.EN);
		job.run(new FeedImportRequest(again));
		assertThat(products() - before).isEqualTo(Feeds.products("shopify-jewelery.csv"));
	}

	private long products() {
		return jdbc.sql("select count(*) from products where store_id = ?").param(store.storeId()).query(Long.class)
				.single();
	}
}
