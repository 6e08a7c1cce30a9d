package lu.boutik.core.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A postmaster left running by a platform that was killed holds the data directory; it is ended before a new start.
 */
final class StalePostmaster {

	private static final Logger LOG = LoggerFactory.getLogger(StalePostmaster.class);

	private StalePostmaster() {
	}

	static void endIn(Path dataDirectory) throws IOException {

		var pidFile = dataDirectory.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}

		var lines = Files.readAllLines(pidFile);
		var pid = lines.isEmpty() ? -1 : parse(lines.getFirst().strip());
		ProcessHandle.of(pid)
				.filter(process -> process.info().command().map(command -> command.contains("postgres")).orElse(false))
				.ifPresent(StalePostmaster::end);
		Files.deleteIfExists(pidFile);
	}

	private static void end(ProcessHandle postmaster) {

		LOG.warn("Ending a stale embedded PostgreSQL, pid {}, left by an earlier run.", postmaster.pid());
		postmaster.destroy();
		try {
			postmaster.onExit().get(Duration.ofSeconds(20).toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException exception) {
			Thread.currentThread().interrupt();
		}
		catch (ExecutionException | TimeoutException exception) {
			postmaster.destroyForcibly();
		}
	}

	private static long parse(String pid) {
		try {
			return Long.parseLong(pid);
		}
		catch (NumberFormatException exception) {
			return -1;
		}
	}
}
