package lu.boutik.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lu.boutik.BoutikApplication;

/**
 * Runs the platform as an operator would, in its own JVM with production environment variables, and reads what it
 * prints and how it exits.
 */
class ProductionExitIntegrationTest {

	@TempDir
	Path workingDirectory;

	@Test
	void exitsWithOneReportListingEveryProblemAndNoValue() throws Exception {

		var output = workingDirectory.resolve("output.txt");
		var process = new ProcessBuilder(javaExecutable(), "-cp", System.getProperty("java.class.path"),
				BoutikApplication.class.getName())
				.directory(workingDirectory.toFile())
				.redirectErrorStream(true)
				.redirectOutput(output.toFile());

		var environment = process.environment();
		environment.keySet().removeIf(name -> name.startsWith("APP_") || name.startsWith("BOUTIK_")
				|| name.startsWith("SPRING_") || name.startsWith("JWT_") || name.startsWith("SENTRY_"));
		environment.put("APP_ENV", "production");
		environment.put("JWT_SECRET_KEY", "changeme-before-going-live");
		environment.put("BOUTIK_BOOTSTRAP_ADMIN_PASSWORD", "admin123");
		environment.put("BOUTIK_HTTP_CORS_ALLOWED_ORIGINS", "*");
		environment.put("SERVER_PORT", "0");

		var running = process.start();
		var exited = running.waitFor(90, TimeUnit.SECONDS);
		if (!exited) {
			running.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
		}
		var printed = read(output);

		assertThat(exited).as("exited by itself; it printed:%n%s", printed).isTrue();
		assertThat(running.exitValue()).isNotZero();
		assertThat(printed.split("APPLICATION FAILED TO START", -1)).as(printed).hasSize(2);
		assertThat(printed).contains("Boutik refuses to start on 7 insecure settings:",
				"JWT_SECRET_KEY: is a known placeholder",
				"BOUTIK_BOOTSTRAP_ADMIN_PASSWORD: is a well-known default password",
				"BOUTIK_HTTP_CORS_ALLOWED_ORIGINS: allows every origin",
				"SPRING_DATASOURCE_URL: is not set",
				"SPRING_DATA_REDIS_URL: is not set",
				"BOUTIK_PUBLIC_BASE_URL: is not the https address",
				"BOUTIK_ENCRYPTION_KEY: is not set");
		assertThat(printed).doesNotContain("changeme-before-going-live", "admin123", "Exception in thread",
				"Embedded PostgreSQL", "Tomcat started");
		assertThat(printed.lines()).noneMatch(line -> line.startsWith("\tat "));
	}

	private static String javaExecutable() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	private static String read(Path output) throws IOException {
		return Files.exists(output) ? Files.readString(output, StandardCharsets.UTF_8) : "";
	}
}
