package lu.boutik.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;

import lu.boutik.test.Api;
import lu.boutik.test.Feeds;
import lu.boutik.test.FeedServer;
import lu.boutik.test.IntegrationTest;
import lu.boutik.test.Tenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Imports from URLs with an allowlist that names the loopback feed server, the one way a test reaches it; the same
 * files on a port the allowlist does not name are refused.
 */
@IntegrationTest
class UrlImportIntegrationTest {

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
	void importsEveryRealFeedFromServerTheAllowlistNames() throws IOException {

		var store = tenants.store("From URL");
		var ids = new ArrayList<String>();
		for (var name : Feeds.SHOPIFY) {
			ids.add(catalog.startedFromUrl(store.storeToken(), FeedServer.LISTED.url(name)));
		}

		int products = 0;
		int variants = 0;
		for (int i = 0; i < ids.size(); i++) {
			var done = catalog.finished(store.storeToken(), ids.get(i));
			assertThat(done.get("status").asString()).as(done.toString()).isEqualTo("completed");
			assertThat(done.get("rows_failed").asLong()).isZero();
			assertThat(done.get("source_url").asString()).endsWith(Feeds.SHOPIFY.get(i));
			products += Feeds.products(Feeds.SHOPIFY.get(i));
			variants += Feeds.variants(Feeds.SHOPIFY.get(i));
		}

		var listing = api.get("/api/v1/storefront/" + store.storeCode() + "/products?size=100", null).json();
		assertThat(listing.get("total").asLong()).isEqualTo(products);
		assertThat(FeedImportIntegrationTest.variantCount(listing)).isEqualTo(variants);
	}

	@Test
	void failsImportOfUrlOnPortTheAllowlistDoesNotName() {

		var store = tenants.store("Other Port");
		var otherPort = FeedServer.UNLISTED.port();

		var done = catalog.finished(store.storeToken(), catalog.startedFromUrl(store.storeToken(),
				"http://127.0.0.1:" + otherPort + "/feeds/shopify-apparel.csv"));

		assertThat(done.get("status").asString()).isEqualTo("failed");
		assertThat(done.get("failure").asString()).startsWith("The feed's address is not allowed");
	}

	@Test
	void failsImportWhenServerAnswersWithError() {

		var store = tenants.store("Missing Feed");

		var done = catalog.finished(store.storeToken(), catalog.startedFromUrl(store.storeToken(),
				FeedServer.LISTED.url("no-such-feed.csv")));

		assertThat(done.get("status").asString()).isEqualTo("failed");
		assertThat(done.get("failure").asString()).isEqualTo("The feed could not be fetched: The server answered"
				+ " with status 404.");
	}
}
