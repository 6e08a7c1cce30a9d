package lu.boutik.marketplace.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import lu.boutik.BoutikApplication;
import lu.boutik.marketplace.client.FakeLetzshop;
import lu.boutik.marketplace.client.LetzshopFixtures;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the application's main in a JVM of its own, as {@code java -jar} would, against the fake Letzshop.
 */
class LetzshopCommandLineIntegrationTest {

	static final FakeLetzshop FAKE = FakeLetzshop.start();

	@BeforeEach
	void resetFake() {

		FAKE.reset();
		FAKE.shipments(List.of(LetzshopFixtures.shipment("sh-cli", "R900", "lea@example.lu",
				List.of(LetzshopFixtures.unit("iu-cli", "v-cli", "MUG-09", "4006381333931", 9.9, "Mug")))));
	}

	@AfterAll
	static void stopFake() {
		FAKE.close();
	}

	@Test
	void introspectPrintsJsonAndStartsNoServer() throws Exception {

		var run = main(Map.of("LETZSHOP_API_KEY", FakeLetzshop.API_KEY), "letzshop", "introspect");

		assertThat(run.status()).isZero();
		assertThat(JsonMapper.builder().build().readTree(run.out()).path("__schema").path("types").isArray()).isTrue();
		assertThat(run.err()).doesNotContain("Tomcat", "PostgreSQL", "Started BoutikApplication");
	}

	@Test
	void checkShipmentPrintsTheShipment() throws Exception {

		var run = main(Map.of("LETZSHOP_API_KEY", FakeLetzshop.API_KEY), "letzshop", "check-shipment", "sh-cli");

		assertThat(run.status()).isZero();
		assertThat(JsonMapper.builder().build().readTree(run.out()).path("number").asString()).isEqualTo("S-R900");
	}

	@Test
	void failsWithAClearErrorWhenTheShipmentIsUnknown() throws Exception {

		var run = main(Map.of("LETZSHOP_API_KEY", FakeLetzshop.API_KEY), "letzshop", "check-shipment", "nope");

		assertThat(run.status()).isEqualTo(LetzshopCommand.NOT_FOUND);
		assertThat(run.out()).isEmpty();
		assertThat(run.err()).contains("no shipment with that id");
	}

	@Test
	void refusesAnEndpointTheGuardDoesNotAllow() throws Exception {

		var run = main(Map.of("LETZSHOP_API_KEY", FakeLetzshop.API_KEY,
				"BOUTIK_LETZSHOP_ENDPOINT", "http://0x7f.1:" + FAKE.endpoint().getPort() + "/graphql"),
				"letzshop", "introspect");

		assertThat(run.status()).isEqualTo(LetzshopCommand.REFUSED);
		assertThat(FAKE.received()).isEmpty();
	}

	record Run(int status, String out, String err) {
	}

	private static Run main(Map<String, String> environment, String... args) throws IOException, InterruptedException {

		var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		var command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
				BoutikApplication.class.getName()));
		command.addAll(List.of(args));

		var builder = new ProcessBuilder(command);
		builder.environment().clear();
		builder.environment().put("BOUTIK_LETZSHOP_ENDPOINT", FAKE.endpoint().toString());
		builder.environment().putAll(environment);

		var process = builder.start();
		var out = process.getInputStream().readAllBytes();
		var err = process.getErrorStream().readAllBytes();
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

		return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8),
				new String(err, StandardCharsets.UTF_8));
	}
}
