package lu.boutik.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import lu.boutik.BoutikApplication;
import lu.boutik.test.Api;
import lu.boutik.test.Feeds;
import lu.boutik.test.Tenants;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * An import queued by one platform process that stops before working on it is done by the next process that starts
 * on the same database: the job lives in PostgreSQL, not in the memory of the process that queued it.
 */
class ImportRestartIntegrationTest {

	static EmbeddedPostgres database;

	/** Uploaded feeds wait here for their job, across both processes, as on a server's disk. */
	@TempDir
	static Path files;

	@BeforeAll
	static void startDatabase() throws Exception {
		database = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
	}

	@AfterAll
	static void stopDatabase() throws Exception {
		database.close();
	}

	@Test
	void completesImportQueuedBeforeRestart() throws Exception {

		String token;
		String importId;
		try (var first = start(false)) {
			var api = new Api(port(first));
			var store = new Tenants(api).store("Restart Store");
			token = store.storeToken();
			importId = new CatalogClient(api).started(token, "shopify-jewelery.csv",
					Files.readAllBytes(Feeds.file("shopify-jewelery.csv")));
			assertThat(api.get(CatalogClient.IMPORTS + "/" + importId, token).json().get("status").asString())
					.isEqualTo("queued");
		}

		try (var second = start(true)) {
			var api = new Api(port(second));
			var done = new CatalogClient(api).finished(token, importId);

			assertThat(done.get("status").asString()).isEqualTo("completed");
			assertThat(done.get("rows_imported").asInt()).isEqualTo(Feeds.rows("shopify-jewelery.csv"));
			assertThat(api.get("/api/v1/store/catalog/products", token).json().get("total").asInt())
					.isEqualTo(Feeds.products("shopify-jewelery.csv"));
		}
	}

	private static ConfigurableApplicationContext start(boolean runJobs) {
		return new SpringApplicationBuilder(BoutikApplication.class)
				.profiles("test")
				.run("--spring.datasource.url=" + database.getJdbcUrl("postgres", "postgres"),
						"--spring.datasource.username=postgres",
						"--boutik.files.base-directory=" + files,
						"--server.port=0",
						"--server.address=127.0.0.1",
						// Both processes must accept each other's tokens, as instances of one deployment do.
						"--boutik.security.jwt-secret-key=restart-test-signing-key-of-32-bytes-at-least",
						"--jobrunr.background-job-server.enabled=" + runJobs);
	}

	private static int port(ConfigurableApplicationContext context) {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}
}
