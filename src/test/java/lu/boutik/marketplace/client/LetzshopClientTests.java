package lu.boutik.marketplace.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.json.JsonMapper;

class LetzshopClientTests {

	static final FakeLetzshop FAKE = FakeLetzshop.start();
	static final RetryPolicy QUICK = new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(40));

	Letzshop letzshop = new Letzshop(new LetzshopClient(TestTransports.loopback(Duration.ofMillis(500)), QUICK));
	LetzshopEndpoint endpoint = new LetzshopEndpoint(FAKE.endpoint(), FakeLetzshop.API_KEY);

	@BeforeEach
	void resetFake() {

		FAKE.reset();
		FAKE.shipments(List.of(LetzshopFixtures.shipment("sh-1", "R100", "lea@example.lu",
				List.of(LetzshopFixtures.unit("iu-1", "v-1", "MUG-01", "4006381333931", 12.5, "Mug")))));
	}

	@AfterAll
	static void stopFake() {
		FAKE.close();
	}

	static Stream<String> hostileInputs() {
		return Stream.of("sh-1", "x\"}) { id } other(", "\"\"\" #", "$state", "... on Brand { name }", "\\u0022}",
				"'; DROP TABLE orders; --", "ünïcødé ✓");
	}

	@ParameterizedTest
	@MethodSource("hostileInputs")
	void sendsTheSameDocumentTextWhateverTheInput(String input) {

		letzshop.shipmentAsJson(endpoint, input);
		rejectionsAside(() -> letzshop.shipments(endpoint, ShipmentState.UNCONFIRMED, input));
		rejectionsAside(() -> letzshop.track(endpoint, input, TrackingCarrier.POST_LUXEMBOURG, input));

		var received = FAKE.received();
		assertThat(received).hasSize(3).allMatch(FakeLetzshop.Received::valid);
		assertThat(received.get(0).query()).isEqualTo(LetzshopDocument.SHIPMENT.text());
		assertThat(received.get(1).query()).isEqualTo(LetzshopDocument.SHIPMENTS.text());
		assertThat(received.get(2).query()).isEqualTo(LetzshopDocument.SET_SHIPMENT_TRACKING.text());
	}

	@ParameterizedTest
	@MethodSource("hostileInputs")
	void carriesValuesOnlyInVariables(String input) throws Exception {

		rejectionsAside(() -> letzshop.track(endpoint, input, TrackingCarrier.DHL, input));

		var received = FAKE.received().getFirst();
		Map<String, Object> body = JsonMapper.builder().build().readValue(received.body(), Map.class);

		assertThat(body).containsOnlyKeys("query", "variables");
		assertThat(received.variables()).isEqualTo(Map.of("input",
				Map.of("shipmentId", input, "code", input, "carrier", "dhl")));
		assertThat(received.query()).doesNotContain(input);
	}

	@Test
	void sendsTheApiKeyAsBearerToken() {

		letzshop.vendor(endpoint);

		assertThat(FAKE.received().getFirst().authorization()).isEqualTo("Bearer " + FakeLetzshop.API_KEY);
	}

	@Test
	void refusesAnUnknownStateBeforeSendingAnything() {

		assertThatThrownBy(() -> ShipmentState.parse("unconfirmed) { id } x(")).isInstanceOf(LetzshopRefused.class);
		assertThatThrownBy(() -> TrackingCarrier.parse("DHL")).isInstanceOf(LetzshopRefused.class);
		assertThat(FAKE.received()).isEmpty();
	}

	@Test
	void refusesControlCharactersInValues() {

		assertThatThrownBy(() -> letzshop.shipment(endpoint, "sh-1\n")).isInstanceOf(LetzshopRefused.class);
		assertThat(FAKE.received()).isEmpty();
	}

	@Test
	void readsAShipmentWithItsUnits() {

		var shipment = letzshop.shipment(endpoint, "sh-1").orElseThrow();

		assertThat(shipment.order().email()).isEqualTo("lea@example.lu");
		assertThat(shipment.inventoryUnits()).singleElement().satisfies(unit -> {
			assertThat(unit.state()).isEqualTo(InventoryUnitState.UNCONFIRMED);
			assertThat(unit.variant().tradeId().number()).isEqualTo("4006381333931");
			assertThat(unit.variant().price()).isEqualByComparingTo("12.5");
			assertThat(unit.variant().product().brand().known()).isTrue();
		});
	}

	@Test
	void turnsGraphQlErrorsIntoRejections() {

		FAKE.answeringErrors(1, "Field 'shipments' is throttled");

		assertThatThrownBy(() -> letzshop.shipments(endpoint, ShipmentState.UNCONFIRMED, null))
				.isInstanceOfSatisfying(LetzshopRejected.class,
						it -> assertThat(it.errors()).containsExactly("Field 'shipments' is throttled"));
		assertThat(FAKE.received()).hasSize(1);
	}

	@Test
	void turnsARefusedKeyIntoUnauthorizedWithoutRetrying() {

		var wrongKey = new LetzshopEndpoint(FAKE.endpoint(), "not-the-key");

		assertThatThrownBy(() -> letzshop.vendor(wrongKey)).isInstanceOf(LetzshopUnauthorized.class);
		assertThat(FAKE.received()).hasSize(1);
	}

	@Test
	void retriesServerErrorsUntilTheyPass() {

		FAKE.failing(2, 503);

		assertThat(letzshop.shipment(endpoint, "sh-1")).isPresent();
		assertThat(FAKE.received()).hasSize(3);
	}

	@Test
	void givesUpAfterTheLastAttempt() {

		FAKE.failing(5, 502);

		assertThatThrownBy(() -> letzshop.shipment(endpoint, "sh-1")).isInstanceOf(LetzshopUnavailable.class);
		assertThat(FAKE.received()).hasSize(QUICK.attempts());
	}

	@Test
	void retriesATimeout() {

		FAKE.slow(1, Duration.ofSeconds(2));

		assertThat(letzshop.shipment(endpoint, "sh-1")).isPresent();
		assertThat(FAKE.received()).hasSize(2);
	}

	@Test
	void confirmsSomeUnitsOfAShipment() {

		FAKE.reset();
		FAKE.shipments(List.of(LetzshopFixtures.shipment("sh-2", "R200", "max@example.lu", List.of(
				LetzshopFixtures.unit("iu-a", "v-1", "MUG-01", null, 12.5, "Mug"),
				LetzshopFixtures.unit("iu-b", "v-1", "MUG-01", null, 12.5, "Mug")))));

		var states = letzshop.decide(endpoint, List.of(new UnitDecision("iu-a", true)));

		assertThat(states).containsExactly(Map.entry("iu-a", InventoryUnitState.CONFIRMED_AVAILABLE));
		assertThat(FAKE.shipment("sh-2")).containsEntry("state", "unconfirmed");
		assertThat(FAKE.received().getFirst().variables()).isEqualTo(Map.of("input",
				Map.of("inventoryUnits", List.of(Map.of("inventoryUnitId", "iu-a", "isAvailable", true)))));
	}

	/** The fake refuses unknown ids and cursors as Letzshop would; what matters here is what it received. */
	private static void rejectionsAside(Runnable call) {

		try {
			call.run();
		} catch (LetzshopRejected expected) {
			assertThat(expected.errors()).isNotEmpty();
		}
	}
}
