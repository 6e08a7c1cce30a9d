package lu.boutik.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import lu.boutik.test.Api;
import lu.boutik.test.FeedServer;
import lu.boutik.test.Feeds;
import lu.boutik.test.IntegrationTest;
import lu.boutik.test.Tenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class StorefrontPagesIntegrationTest {

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
	void rendersMarkupFromFeedsAsTextNeverAsMarkup() {

		var store = tenants.store("Markup Store");
		var feed = """
				id\ttitle\tdescription\tavailability\tprice
				XSS-1\t<script>alert(1)</script> Mug\t<img src=x onerror=alert(2)><b>Bold</b> mug\tin_stock\t9.90 EUR
				""";
		var id = catalog.started(store.storeToken(), "feed.tsv", feed.getBytes(StandardCharsets.UTF_8));
		assertThat(catalog.finished(store.storeToken(), id).get("status").asString()).isEqualTo("completed");

		var listing = api.get("/s/" + store.storeCode() + "/", null);
		var product = api.get("/s/" + store.storeCode() + "/products/XSS-1", null);

		assertThat(listing.status()).isEqualTo(200);
		assertThat(listing.text()).contains("&lt;script&gt;alert(1)&lt;/script&gt; Mug")
				.doesNotContain("<script>alert(1)");
		assertThat(product.status()).isEqualTo(200);
		assertThat(product.text()).doesNotContain("<script>alert").doesNotContain("onerror")
				.doesNotContain("<b>Bold").contains("Bold mug");
	}

	@Test
	void linksFurtherPagesKeepingSearchAndLanguage() {

		var store = tenants.store("Paged Store");
		for (var feed : Feeds.SHOPIFY) {
			var id = catalog.startedFromUrl(store.storeToken(), FeedServer.LISTED.url(feed));
			assertThat(catalog.finished(store.storeToken(), id).get("status").asString()).isEqualTo("completed");
		}

		var first = api.get("/s/" + store.storeCode() + "/?lang=de", null).text();
		var last = api.get("/s/" + store.storeCode() + "/?lang=de&page=3", null).text();

		assertThat(first).contains("href=\"/s/" + store.storeCode() + "/?page=2&amp;lang=de\"").contains("Weiter")
				.contains("Seite 1 von 3");
		assertThat(last).contains("Seite 3 von 3").doesNotContain("Weiter");
	}

	@Test
	void answersUnknownStorePageAsNotFound() {
		assertThat(api.get("/s/no-such-store-00000000/", null).status()).isEqualTo(404);
	}
}
