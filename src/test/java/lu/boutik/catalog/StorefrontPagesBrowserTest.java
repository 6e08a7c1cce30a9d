package lu.boutik.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest.BodyPublishers;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import lu.boutik.test.Api;
import lu.boutik.test.Browser;
import lu.boutik.test.FeedServer;
import lu.boutik.test.Feeds;
import lu.boutik.test.IntegrationTest;
import lu.boutik.test.Tenants;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A customer in a real browser: browses a store's imported products, opens one and orders it as a guest, in French,
 * while the pages' policy blocks nothing they need and allows nothing inline.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StorefrontPagesBrowserTest {

	@LocalServerPort
	int port;

	Api api;
	Browser browser;
	Tenants.StoreTenant store;

	@BeforeAll
	void openStoreWithRealFeed() throws Exception {

		api = new Api(port);
		store = new Tenants(api).store("Boutique Clairefontaine");
		api.send("PUT", "/api/v1/merchant/legal-identity", store.merchantToken(),
				Map.of("Content-Type", "application/json"), BodyPublishers.ofString("""
						{"legal_name": "Clairefontaine S.à r.l.", "address": "2, place Clairefontaine, L-1341 Luxembourg",
						 "trade_register_number": "B654321", "vat_number": "LU87654321"}"""));

		var catalog = new CatalogClient(api);
		var id = catalog.startedFromUrl(store.storeToken(), FeedServer.LISTED.url("shopify-apparel.csv"));
		assertThat(catalog.finished(store.storeToken(), id).get("status").asString()).isEqualTo("completed");
		browser = new Browser();
	}

	@AfterAll
	void closeBrowser() {
		browser.close();
	}

	@Test
	void customerBrowsesAndOrdersWithoutAnyPolicyViolation() throws Exception {

		var driver = browser.driver();
		browser.open("http://127.0.0.1:" + port + "/s/" + store.storeCode() + "/?lang=fr");

		assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("fr");
		assertThat(driver.findElements(By.cssSelector("ul.products li")))
				.hasSize(Math.min(20, Feeds.products("shopify-apparel.csv")));
		assertThat(driver.findElement(By.tagName("footer")).getText()).contains("Clairefontaine S.à r.l.",
				"RCS Luxembourg B654321", "LU87654321", "TVA comprise");
		browser.screenshot(Path.of("target", "screenshots", "storefront-1280.png"), 1280, 800);
		browser.screenshot(Path.of("target", "screenshots", "storefront-390.png"), 390, 844);

		driver.findElement(By.cssSelector("input[name=q]")).sendKeys("shirt");
		driver.findElement(By.cssSelector("form.search button")).click();
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("q=shirt"));
		var found = driver.findElements(By.cssSelector("ul.products li h2"));
		assertThat(found).isNotEmpty().allSatisfy(title -> assertThat(title.getText()).containsIgnoringCase("shirt"));

		found.getFirst().click();
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/products/"));
		new Select(driver.findElement(By.name("sku"))).selectByIndex(0);
		driver.findElement(By.name("quantity")).clear();
		driver.findElement(By.name("quantity")).sendKeys("2");
		driver.findElement(By.name("email")).sendKeys("client@example.lu");
		driver.findElement(By.name("name")).sendKeys("Jean Schmit");
		driver.findElement(By.name("street")).sendKeys("5, rue Large");
		driver.findElement(By.name("postalCode")).sendKeys("L-1917");
		driver.findElement(By.name("city")).sendKeys("Luxembourg");
		browser.screenshot(Path.of("target", "screenshots", "product-390.png"), 390, 844);
		driver.findElement(By.cssSelector("form[method=post] button")).click();

		new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.findElements(By.id("order-number")).isEmpty());
		var number = driver.findElement(By.id("order-number")).getText();
		assertThat(number).matches("[0-9A-Z]{5}-[0-9A-Z]{5}");
		assertThat(driver.findElement(By.id("order-total")).getText()).contains("€");

		var orders = api.get("/api/v1/store/orders", store.storeToken()).json();
		assertThat(orders.get("items").get(0).get("order_number").asString()).isEqualTo(number);
		assertThat(browser.cspViolations()).isEmpty();
	}

	@Test
	void refusesOrderFormPostedWithoutItsToken() {

		var before = api.get("/api/v1/store/orders", store.storeToken()).json().get("total").asInt();
		var reply = api.send("POST", "/s/" + store.storeCode() + "/checkout", null,
				Map.of("Content-Type", "application/x-www-form-urlencoded"), BodyPublishers.ofString(
						"sku=x&quantity=1&email=a%40b.lu&name=A&street=B&postalCode=1&city=C&country=LU"));

		assertThat(reply.status()).isEqualTo(403);
		assertThat(api.get("/api/v1/store/orders", store.storeToken()).json().get("total").asInt()).isEqualTo(before);
	}
}
