package lu.boutik.marketplace.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import lu.boutik.marketplace.client.FakeLetzshop;
import lu.boutik.marketplace.client.LetzshopFixtures;
import lu.boutik.marketplace.client.TestTransports;
import tools.jackson.databind.json.JsonMapper;

class LetzshopCommandTests {

	static final FakeLetzshop FAKE = FakeLetzshop.start();

	ByteArrayOutputStream out = new ByteArrayOutputStream();
	ByteArrayOutputStream err = new ByteArrayOutputStream();
	LetzshopCommand commands = new LetzshopCommand(TestTransports::loopback,
			new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
	Map<String, String> environment = Map.of("BOUTIK_LETZSHOP_ENDPOINT", FAKE.endpoint().toString(),
			"LETZSHOP_API_KEY", FakeLetzshop.API_KEY);

	@BeforeEach
	void resetFake() {

		FAKE.reset();
		FAKE.shipments(List.of(LetzshopFixtures.shipment("sh-7", "R700", "lea@example.lu",
				List.of(LetzshopFixtures.unit("iu-7", "v-7", "MUG-07", "4006381333931", 9.9, "Mug")))));
	}

	@AfterAll
	static void stopFake() {
		FAKE.close();
	}

	@Test
	void introspectPrintsTheReportedSchema() {

		var status = commands.run(new String[] { "letzshop", "introspect" }, environment);

		assertThat(status).isZero();
		var schema = JsonMapper.builder().build().readTree(out.toString(StandardCharsets.UTF_8));
		assertThat(schema.path("__schema").path("queryType").path("name").asString()).isEqualTo("Query");
		assertThat(schema.path("__schema").path("types").valueStream().map(it -> it.path("name").asString()))
				.contains("Shipment", "InventoryUnit", "TradeId");
	}

	@Test
	void checkShipmentPrintsTheShipment() {

		var status = commands.run(new String[] { "letzshop", "check-shipment", "sh-7" }, environment);

		assertThat(status).isZero();
		var shipment = JsonMapper.builder().build().readTree(out.toString(StandardCharsets.UTF_8));
		assertThat(shipment.path("id").asString()).isEqualTo("sh-7");
		assertThat(shipment.path("inventoryUnits").get(0).path("variant").path("sku").asString()).isEqualTo("MUG-07");
		assertThat(FAKE.received()).singleElement().satisfies(it -> {
			assertThat(it.variables()).isEqualTo(Map.of("id", "sh-7"));
			assertThat(it.authorization()).isEqualTo("Bearer " + FakeLetzshop.API_KEY);
		});
	}

	@Test
	void checkShipmentSendsAHostileIdOnlyAsAVariable() {

		var id = "x\"}) { id } other(";

		var status = commands.run(new String[] { "letzshop", "check-shipment", id }, environment);

		assertThat(status).isEqualTo(LetzshopCommand.NOT_FOUND);
		assertThat(out.size()).isZero();
		assertThat(FAKE.received()).singleElement().satisfies(it -> {
			assertThat(it.valid()).isTrue();
			assertThat(it.variables()).isEqualTo(Map.of("id", id));
		});
	}

	@Test
	void refusesToRunWithoutAKey() {

		var status = commands.run(new String[] { "letzshop", "introspect" },
				Map.of("BOUTIK_LETZSHOP_ENDPOINT", FAKE.endpoint().toString()));

		assertThat(status).isEqualTo(LetzshopCommand.USAGE);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("LETZSHOP_API_KEY is not set");
		assertThat(FAKE.received()).isEmpty();
	}

	@Test
	void reportsARefusedKey() {

		var status = commands.run(new String[] { "letzshop", "introspect" },
				Map.of("BOUTIK_LETZSHOP_ENDPOINT", FAKE.endpoint().toString(), "LETZSHOP_API_KEY", "wrong"));

		assertThat(status).isEqualTo(LetzshopCommand.REFUSED);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("refused the API key").doesNotContain("wrong");
		assertThat(out.size()).isZero();
	}

	@Test
	void explainsAnUnknownCommand() {

		var status = commands.run(new String[] { "letzshop", "drop-everything" }, environment);

		assertThat(status).isEqualTo(LetzshopCommand.USAGE);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown command", "usage:");
	}
}
