package lu.boutik.marketplace;

import static lu.boutik.marketplace.client.LetzshopFixtures.shipment;
import static lu.boutik.marketplace.client.LetzshopFixtures.unit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import lu.boutik.marketplace.client.FakeLetzshop;
import lu.boutik.marketplace.client.LetzshopDocument;
import lu.boutik.marketplace.client.LetzshopUnavailable;
import lu.boutik.test.Api;
import lu.boutik.test.IntegrationTest;
import lu.boutik.test.Tenants;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class LetzshopIntegrationTest {

	static final FakeLetzshop FAKE = FakeLetzshop.shared();
	static final String MUG_GTIN = "4006381333931";
	static final String GHOST_GTIN = "5901234123457";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SyncJob sync;

	Api api;
	Tenants.StoreTenant store;

	@BeforeEach
	void connectAStore() {

		api = new Api(port);
		store = new Tenants(api).store("Kalloo Letzshop");
		FAKE.reset();

		var catalog = new StoreCatalog(jdbc);
		catalog.add(store.storeId(), "MUG-01", MUG_GTIN, "Mug", "standard", 1250);
		catalog.add(store.storeId(), "TEA-02", null, "Tea", "super_reduced", 399);

		var connected = put("/api/v1/store/letzshop/settings", store.storeToken(),
				Map.of("api_key", FakeLetzshop.API_KEY, "endpoint", FAKE.endpoint().toString()));
		assertThat(connected.status()).as(connected.text()).isEqualTo(200);
	}

	/** Seven waiting shipments over three pages and one confirmed one; variants matched by GTIN, by SKU, or not. */
	void givenShipments() {

		var shipments = new ArrayList<Map<String, Object>>();
		shipments.add(shipment("sh-1", "R1", "a@example.lu", List.of(mug("u-1a"), mug("u-1b"), mug("u-1c"))));
		shipments.add(shipment("sh-2", "R2", "b@example.lu", List.of(mug("u-2a"), tea("u-2b"))));
		shipments.add(shipment("sh-3", "R3", "c@example.lu", List.of(ghost("u-3a"))));
		shipments.add(shipment("sh-4", "R4", "d@example.lu", List.of(tea("u-4a"))));
		shipments.add(shipment("sh-5", "R5", "e@example.lu", List.of(ghost("u-5a"), tea("u-5b"))));
		shipments.add(shipment("sh-6", "R6", "f@example.lu", List.of(tea("u-6a"))));
		shipments.add(shipment("sh-7", "R7", "g@example.lu", List.of(tea("u-7a"))));

		var confirmed = shipment("sh-8", "R8", "h@example.lu", List.of(tea("u-8a")));
		confirmed.put("state", "confirmed");
		@SuppressWarnings("unchecked")
		var units = (List<Map<String, Object>>) confirmed.get("inventoryUnits");
		units.getFirst().put("state", "confirmed_available");
		shipments.add(confirmed);

		FAKE.shipments(shipments);
	}

	@Test
	void importsEveryPageIntoOrdersMatchingByGtinThenSku() {

		givenShipments();

		var counts = sync.run(store.storeId(), SyncRun.Trigger.MANUAL);

		assertThat(counts).isEqualTo(new SyncRun.Counts(5, 8, 8, 0, 2));
		assertThat(FAKE.received(LetzshopDocument.SHIPMENTS)).extracting(it -> it.variables().get("after"))
				.containsExactly(null, "cursor-3", "cursor-6", null, null);

		assertThat(lines("sh-1")).containsExactly("MUG-01 x3 @1250 vat1700");
		assertThat(lines("sh-2")).containsExactly("MUG-01 x1 @1250 vat1700", "TEA-02 x1 @399 vat300");
		assertThat(lines("sh-3")).containsExactly("GHOST-9 x1 @2000 vat1700");
		assertThat(status("sh-1")).isEqualTo("new");
		assertThat(status("sh-8")).isEqualTo("confirmed");

		var exceptions = api.get("/api/v1/store/letzshop/exceptions?status=open", store.storeToken()).json();
		assertThat(exceptions.path("items").valueStream().map(it -> it.path("shipment_id").asString()))
				.containsExactlyInAnyOrder("sh-3", "sh-5");
		assertThat(exceptions.path("items").get(0).path("gtin").asString()).isEqualTo(GHOST_GTIN);

		var runs = api.get("/api/v1/store/letzshop/sync-runs", store.storeToken()).json().path("items");
		assertThat(runs.get(0).path("status").asString()).isEqualTo("succeeded");
		assertThat(runs.get(0).path("counts").path("orders_created").asInt()).isEqualTo(8);
	}

	@Test
	void importsNothingTwice() {

		givenShipments();
		sync.run(store.storeId(), SyncRun.Trigger.MANUAL);
		var before = snapshot();

		var counts = sync.run(store.storeId(), SyncRun.Trigger.SCHEDULED);

		assertThat(counts).isEqualTo(new SyncRun.Counts(5, 8, 0, 0, 0));
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void losesNothingWhenLetzshopFailsMidSync() {

		givenShipments();
		FAKE.failing(3, 503, it -> "cursor-3".equals(it.variables().get("after")));

		assertThatThrownBy(() -> sync.run(store.storeId(), SyncRun.Trigger.SCHEDULED))
				.isInstanceOf(LetzshopUnavailable.class);

		var failed = api.get("/api/v1/store/letzshop/sync-runs", store.storeToken()).json().path("items").get(0);
		assertThat(failed.path("status").asString()).isEqualTo("failed");
		assertThat(failed.path("counts").path("orders_created").asInt()).isEqualTo(3);
		assertThat(orders()).isEqualTo(3);

		var retried = sync.run(store.storeId(), SyncRun.Trigger.SCHEDULED);

		assertThat(retried.ordersCreated()).isEqualTo(5);
		assertThat(orders()).isEqualTo(8);
		assertThat(jdbc.sql("select count(*) from letzshop_units where store_id = ?").param(store.storeId())
				.query(Integer.class).single()).isEqualTo(12);
	}

	@Test
	void retriesABriefOutageWithinTheRun() {

		givenShipments();
		FAKE.failing(2, 502, it -> "cursor-6".equals(it.variables().get("after")));

		var counts = sync.run(store.storeId(), SyncRun.Trigger.SCHEDULED);

		assertThat(counts.ordersCreated()).isEqualTo(8);
	}

	@Test
	void confirmsSomeUnitsAndTheOrderFollowsTheShipment() {

		givenShipments();
		sync.run(store.storeId(), SyncRun.Trigger.MANUAL);

		var partial = api.post("/api/v1/store/letzshop/shipments/sh-2/decisions", store.storeToken(),
				Map.of("units", List.of(Map.of("unit_id", "u-2a", "available", true))));

		assertThat(partial.status()).as(partial.text()).isEqualTo(200);
		assertThat(partial.json().path("state").asString()).isEqualTo("unconfirmed");
		assertThat(FAKE.shipment("sh-2")).containsEntry("state", "unconfirmed");
		assertThat(status("sh-2")).isEqualTo("new");

		var rest = api.post("/api/v1/store/letzshop/shipments/sh-2/units/u-2b/decline", store.storeToken(), Map.of());

		assertThat(rest.json().path("state").asString()).isEqualTo("confirmed");
		assertThat(rest.json().path("units").valueStream().map(it -> it.path("state").asString()))
				.containsExactly("confirmed_available", "confirmed_unavailable");
		assertThat(FAKE.shipment("sh-2")).containsEntry("state", "confirmed");
		assertThat(status("sh-2")).isEqualTo("confirmed");
	}

	@Test
	void declinesEveryUnitAndCancelsTheOrder() {

		givenShipments();
		sync.run(store.storeId(), SyncRun.Trigger.MANUAL);

		var declined = api.post("/api/v1/store/letzshop/shipments/sh-1/decisions", store.storeToken(),
				Map.of("units", List.of(Map.of("unit_id", "u-1a", "available", false),
						Map.of("unit_id", "u-1b", "available", false), Map.of("unit_id", "u-1c", "available", false))));

		assertThat(declined.json().path("state").asString()).isEqualTo("declined");
		assertThat(status("sh-1")).isEqualTo("cancelled");
	}

	@Test
	void refusesUnitsOfAnotherShipment() {

		givenShipments();
		sync.run(store.storeId(), SyncRun.Trigger.MANUAL);

		var mixed = api.post("/api/v1/store/letzshop/shipments/sh-2/decisions", store.storeToken(),
				Map.of("units", List.of(Map.of("unit_id", "u-1a", "available", true))));

		assertThat(mixed.status()).isEqualTo(400);
		assertThat(mixed.json().path("type").asString()).endsWith("/invalid-field");
		assertThat(FAKE.received(LetzshopDocument.CONFIRM_INVENTORY_UNITS)).isEmpty();
	}

	@Test
	void keepsTrackingEvenWhenLetzshopLosesIt() {

		givenShipments();
		FAKE.losingTracking();
		sync.run(store.storeId(), SyncRun.Trigger.MANUAL);

		var tracked = put("/api/v1/store/letzshop/shipments/sh-8/tracking", store.storeToken(),
				Map.of("carrier", "post_luxembourg", "code", "LU123456789"));

		assertThat(tracked.status()).as(tracked.text()).isEqualTo(200);
		assertThat(tracked.json().path("confirmed_by_letzshop").asBoolean()).isFalse();
		assertThat(FAKE.received(LetzshopDocument.SET_SHIPMENT_TRACKING).getFirst().variables())
				.isEqualTo(Map.of("input", Map.of("shipmentId", "sh-8", "code", "LU123456789",
						"carrier", "post_luxembourg")));

		sync.run(store.storeId(), SyncRun.Trigger.SCHEDULED);

		var shipment = api.get("/api/v1/store/letzshop/shipments/sh-8", store.storeToken()).json();
		assertThat(shipment.path("tracking_code").asString()).isEqualTo("LU123456789");
		assertThat(status("sh-8")).isEqualTo("shipped");
		assertThat(jdbc.sql("select tracking_number from orders where store_id = ? and external_id = 'sh-8'")
				.param(store.storeId()).query(String.class).single()).isEqualTo("LU123456789");
	}

	@Test
	void refusesTrackingForAShipmentStillWaiting() {

		givenShipments();
		sync.run(store.storeId(), SyncRun.Trigger.MANUAL);

		var refused = put("/api/v1/store/letzshop/shipments/sh-1/tracking", store.storeToken(),
				Map.of("carrier", "dhl", "code", "JD0001"));

		assertThat(refused.status()).isEqualTo(409);
		assertThat(FAKE.received(LetzshopDocument.SET_SHIPMENT_TRACKING)).isEmpty();
	}

	@Test
	void resolvingAnExceptionRecordsTheOrderWithTheNamedProduct() {

		givenShipments();
		sync.run(store.storeId(), SyncRun.Trigger.MANUAL);
		var open = api.get("/api/v1/store/letzshop/exceptions?status=open", store.storeToken()).json().path("items");
		var sh3 = open.valueStream().filter(it -> it.path("shipment_id").asString().equals("sh-3")).findFirst()
				.orElseThrow();

		var resolved = api.post("/api/v1/store/letzshop/exceptions/" + sh3.path("id").asString() + "/resolution",
				store.storeToken(), Map.of("sku", "MUG-01"));

		assertThat(resolved.status()).as(resolved.text()).isEqualTo(200);
		assertThat(resolved.json().path("status").asString()).isEqualTo("resolved");
		assertThat(lines("sh-3")).containsExactly("MUG-01 x1 @2000 vat1700");
	}

	@Test
	void keepsAResolutionWhenLetzshopIsDown() {

		givenShipments();
		sync.run(store.storeId(), SyncRun.Trigger.MANUAL);
		var sh3 = api.get("/api/v1/store/letzshop/exceptions?status=open", store.storeToken()).json().path("items")
				.valueStream().filter(it -> it.path("shipment_id").asString().equals("sh-3")).findFirst()
				.orElseThrow();
		FAKE.failing(3, 503);

		var resolved = api.post("/api/v1/store/letzshop/exceptions/" + sh3.path("id").asString() + "/resolution",
				store.storeToken(), Map.of("sku", "TEA-02"));

		assertThat(resolved.json().path("status").asString()).isEqualTo("resolved");
		assertThat(lines("sh-3")).containsExactly("GHOST-9 x1 @2000 vat1700");

		sync.run(store.storeId(), SyncRun.Trigger.SCHEDULED);

		assertThat(lines("sh-3")).containsExactly("TEA-02 x1 @2000 vat300");
	}

	@Test
	void neverShowsTheApiKey() {

		var settings = api.get("/api/v1/store/letzshop/settings", store.storeToken());

		assertThat(settings.json().path("api_key_set").asBoolean()).isTrue();
		assertThat(settings.json().path("api_key_hint").asString()).isEqualTo("…-key");
		assertThat(settings.text()).doesNotContain(FakeLetzshop.API_KEY);
		assertThat(api.get("/api/v1/admin/stores/" + store.storeId() + "/letzshop/settings", api.signInAdmin())
				.text()).doesNotContain(FakeLetzshop.API_KEY);
		assertThat(jdbc.sql("select api_key_sealed from letzshop_connections where store_id = ?")
				.param(store.storeId()).query(String.class).single()).startsWith("v1.")
				.doesNotContain(FakeLetzshop.API_KEY);
	}

	@Test
	void refusesAnEndpointOutsideTheAllowedHosts() {

		for (var endpoint : List.of("http://169.254.169.254/graphql", "https://evil.example/graphql",
				"file:///etc/passwd", "http://user:pw@127.0.0.1:1/graphql")) {

			var refused = put("/api/v1/store/letzshop/settings", store.storeToken(), Map.of("endpoint", endpoint));

			assertThat(refused.status()).as(endpoint).isEqualTo(400);
		}
	}

	@Test
	void showsNoShipmentOfAnotherStore() {

		givenShipments();
		sync.run(store.storeId(), SyncRun.Trigger.MANUAL);
		var other = new Tenants(api).store("Another shop");

		var foreign = api.get("/api/v1/store/letzshop/shipments/sh-1", other.storeToken());

		assertThat(foreign.status()).isEqualTo(404);
		assertThat(api.post("/api/v1/store/letzshop/shipments/sh-1/units/u-1a/confirmation", other.storeToken(),
				Map.of()).status()).isEqualTo(404);
	}

	@Test
	void adminsSeeTheSyncHistoryOfAnyStore() {

		givenShipments();
		sync.run(store.storeId(), SyncRun.Trigger.MANUAL);

		var runs = api.get("/api/v1/admin/stores/" + store.storeId() + "/letzshop/sync-runs", api.signInAdmin());

		assertThat(runs.status()).isEqualTo(200);
		assertThat(runs.json().path("items")).hasSize(1);
	}

	@Test
	void exportsTheCatalogAsAFeedPerLanguage() {

		var feed = api.get("/api/v1/store/letzshop/feed/fr", store.storeToken());

		assertThat(feed.status()).isEqualTo(200);
		assertThat(feed.header("Content-Type")).startsWith("text/tab-separated-values");
		assertThat(feed.header("Content-Disposition")).contains("attachment", "letzshop-fr.tsv");
		var rows = feed.text().split("\n");
		assertThat(rows[0]).startsWith("id\ttitle\tdescription");
		assertThat(rows).hasSize(3).anySatisfy(row -> assertThat(row.split("\t", -1))
				.startsWith("MUG-01", "Mug (fr)", "'=HYPERLINK(\"http://x\")"));
		assertThat(api.get("/api/v1/store/letzshop/feed/de", store.storeToken()).text()).contains("Tea (de)");
		assertThat(api.get("/api/v1/store/letzshop/feed/xx", store.storeToken()).status()).isEqualTo(400);
	}

	@Test
	void linksTheVendorTheKeyBelongsTo() {

		FAKE.vendor(Map.of("id", "vendor-" + store.storeId(), "name", "Kalloo Sàrl", "defaultLocale", "de"));

		var linked = api.post("/api/v1/store/letzshop/vendor-link", store.storeToken(), Map.of());

		assertThat(linked.status()).as(linked.text()).isEqualTo(200);
		assertThat(linked.json().path("vendor_name").asString()).isEqualTo("Kalloo Sàrl");

		var other = new Tenants(api).store("Copycat");
		put("/api/v1/store/letzshop/settings", other.storeToken(),
				Map.of("api_key", FakeLetzshop.API_KEY, "endpoint", FAKE.endpoint().toString()));
		var refused = api.post("/api/v1/store/letzshop/vendor-link", other.storeToken(), Map.of());

		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().path("type").asString()).endsWith("/letzshop-vendor-linked");
	}

	@Test
	void adminsOpenAStoreFromAVendor() {

		var admin = api.signInAdmin();
		var merchantId = api.get("/api/v1/admin/stores/" + store.storeId(), admin).json().path("merchant_id")
				.asString();
		FAKE.vendor(Map.of("id", "vendor-new-" + store.storeId(), "name", "Épicerie du Nord", "defaultLocale", "de"));

		var opened = api.post("/api/v1/admin/merchants/" + merchantId + "/letzshop-stores", admin,
				Map.of("api_key", FakeLetzshop.API_KEY, "endpoint", FAKE.endpoint().toString()));

		assertThat(opened.status()).as(opened.text()).isEqualTo(201);
		assertThat(opened.json().path("name").asString()).isEqualTo("Épicerie du Nord");
		assertThat(opened.json().path("code").asString()).matches("epicerie-du-nord-[0-9a-z]{8}");
		assertThat(opened.json().path("default_language").asString()).isEqualToIgnoringCase("de");

		var settings = api.get("/api/v1/admin/stores/" + opened.json().path("id").asString() + "/letzshop/settings",
				admin).json();
		assertThat(settings.path("api_key_set").asBoolean()).isTrue();
		assertThat(settings.path("vendor_id").asString()).isEqualTo("vendor-new-" + store.storeId());
	}

	@Test
	void runsASyncAskedForThroughThePersistentQueue() throws InterruptedException {

		givenShipments();

		var queued = api.post("/api/v1/store/letzshop/sync", store.storeToken(), Map.of());

		assertThat(queued.status()).isEqualTo(202);
		for (int i = 0; i < 60 && orders() < 8; i++) {
			Thread.sleep(500);
		}
		assertThat(orders()).isEqualTo(8);
		var runs = api.get("/api/v1/store/letzshop/sync-runs", store.storeToken()).json().path("items");
		assertThat(runs.get(0).path("trigger").asString()).isEqualTo("manual");
	}

	@Test
	void runsAFailedSyncAgainLater() throws InterruptedException {

		givenShipments();
		FAKE.failing(3, 503, it -> "cursor-3".equals(it.variables().get("after")));

		api.post("/api/v1/store/letzshop/sync", store.storeToken(), Map.of());
		for (int i = 0; i < 120 && orders() < 8; i++) {
			Thread.sleep(500);
		}

		assertThat(orders()).isEqualTo(8);
		var runs = api.get("/api/v1/store/letzshop/sync-runs", store.storeToken()).json().path("items");
		assertThat(runs.valueStream().map(it -> it.path("status").asString()))
				.containsExactly("succeeded", "failed");
		assertThat(runs.get(1).path("counts").path("orders_created").asInt()).isEqualTo(3);
		assertThat(runs.get(0).path("counts").path("orders_created").asInt()).isEqualTo(5);
	}

	@Test
	void schedulesARecurringSyncWhileEnabled() {

		var enabled = put("/api/v1/store/letzshop/settings", store.storeToken(),
				Map.of("enabled", true, "sync_every_minutes", 30));

		assertThat(enabled.status()).as(enabled.text()).isEqualTo(200);
		assertThat(recurringJobs()).isEqualTo(1);

		put("/api/v1/store/letzshop/settings", store.storeToken(), Map.of("enabled", false));

		assertThat(recurringJobs()).isZero();
	}

	@Test
	void refusesASyncMoreOftenThanEveryQuarterHour() {

		var tooOften = put("/api/v1/store/letzshop/settings", store.storeToken(), Map.of("sync_every_minutes", 14));

		assertThat(tooOften.status()).isEqualTo(400);
		assertThat(tooOften.json().path("type").asString()).endsWith("/invalid-field");
	}

	@Test
	void letsOnlyOwnersAndManagersChangeTheConnection() {

		var email = "staff-" + store.storeId() + "@store.test";
		var added = api.post("/api/v1/merchant/stores/" + store.storeId() + "/members", store.merchantToken(),
				Map.of("email", email, "password", Tenants.PASSWORD, "role", "staff"));
		assertThat(added.status()).as(added.text()).isEqualTo(201);
		var staff = api.signIn("store", Map.of("email", email, "password", Tenants.PASSWORD, "store_code",
				store.storeCode()));

		var refused = put("/api/v1/store/letzshop/settings", staff, Map.of("api_key", "stolen-or-wrong-key"));

		assertThat(refused.status()).isEqualTo(403);
		assertThat(api.get("/api/v1/store/letzshop/settings", staff).json().path("api_key_hint").asString())
				.isEqualTo("…-key");
	}

	@Test
	void runsOneSyncAtATimePerStore() {

		givenShipments();
		jdbc.sql("insert into letzshop_sync_runs (id, store_id, trigger, status, started_at) "
				+ "values (?, ?, 'scheduled', 'running', now())").params(UUID.randomUUID(), store.storeId()).update();

		var counts = sync.run(store.storeId(), SyncRun.Trigger.MANUAL);

		assertThat(counts).isEqualTo(SyncRun.Counts.NONE);
		assertThat(FAKE.received()).isEmpty();
	}

	@Test
	void recordsWhyARunFailed() {

		api.send("DELETE", "/api/v1/store/letzshop/settings/api-key", store.storeToken(), Map.of(),
				HttpRequest.BodyPublishers.noBody());

		assertThatThrownBy(() -> sync.run(store.storeId(), SyncRun.Trigger.SCHEDULED));

		var run = api.get("/api/v1/store/letzshop/sync-runs", store.storeToken()).json().path("items").get(0);
		assertThat(run.path("status").asString()).isEqualTo("failed");
		assertThat(run.path("failure").asString()).isEqualTo("The store has no Letzshop API key.");
		assertThat(run.path("finished_at").isMissingNode()).isFalse();
	}

	private int recurringJobs() {
		return jdbc.sql("select count(*) from jobrunr_recurring_jobs where id = ?")
				.param(SyncSchedule.recurringJobId(store.storeId())).query(Integer.class).single();
	}

	private Api.Reply put(String path, String token, Map<String, ?> body) {
		return api.send("PUT", path, token, Map.of("Content-Type", "application/json"),
				HttpRequest.BodyPublishers.ofString(JsonMapper.builder().build().writeValueAsString(body)));
	}

	private static Map<String, Object> mug(String id) {
		return unit(id, "v-mug", "LS-MUG", MUG_GTIN, 12.5, "Mug");
	}

	private static Map<String, Object> tea(String id) {
		return unit(id, "v-tea", "TEA-02", null, 3.99, "Tea");
	}

	private static Map<String, Object> ghost(String id) {
		return unit(id, "v-ghost", "GHOST-9", GHOST_GTIN, 20, "Ghost");
	}

	private List<String> lines(String shipmentId) {
		return jdbc.sql("""
				select l.sku || ' x' || l.quantity || ' @' || l.unit_gross_cents || ' vat' || l.vat_rate_basis_points
				from order_lines l join orders o on o.id = l.order_id
				where o.store_id = ? and o.channel = 'letzshop' and o.external_id = ? order by l.line_number""")
				.params(store.storeId(), shipmentId).query(String.class).list();
	}

	private String status(String shipmentId) {
		return jdbc.sql("select status from orders where store_id = ? and channel = 'letzshop' and external_id = ?")
				.params(store.storeId(), shipmentId).query(String.class).single();
	}

	private int orders() {
		return jdbc.sql("select count(*) from orders where store_id = ?").param(store.storeId())
				.query(Integer.class).single();
	}

	private List<String> snapshot() {
		return jdbc.sql("""
				select o.external_id || ' ' || o.number || ' ' || o.status || ' ' || o.total_gross_cents || ' '
						|| (select count(*) from order_lines l where l.order_id = o.id)
						|| ' ' || (select count(*) from order_status_changes c where c.order_id = o.id)
				from orders o where o.store_id = ? order by o.external_id""")
				.param(store.storeId()).query(String.class).list();
	}
}
