package lu.boutik.core.observability;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPInputStream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A Sentry ingest endpoint on loopback that keeps every envelope it receives, decompressed, as text.
 */
final class FakeSentry implements AutoCloseable {

	private final HttpServer server;
	private final List<String> envelopes = new CopyOnWriteArrayList<>();

	private FakeSentry(HttpServer server) {
		this.server = server;
	}

	static FakeSentry start() {

		try {
			var server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
			var sentry = new FakeSentry(server);
			server.createContext("/api/1/envelope/", sentry::receive);
			server.start();
			return sentry;
		}
		catch (IOException exception) {
			throw new UncheckedIOException(exception);
		}
	}

	String dsn() {
		return "http://publickey@127.0.0.1:" + server.getAddress().getPort() + "/1";
	}

	/** Waits until an envelope containing {@code marker} arrives, and returns everything received by then. */
	String awaitEnvelopeContaining(String marker, Duration timeout) throws InterruptedException {

		var deadline = Instant.now().plus(timeout);
		while (Instant.now().isBefore(deadline)) {
			if (envelopes.stream().anyMatch(envelope -> envelope.contains(marker))) {
				return received();
			}
			Thread.sleep(50);
		}
		throw new AssertionError("No envelope containing " + marker + " arrived; received:\n" + received());
	}

	String received() {
		return String.join("\n", envelopes);
	}

	@Override
	public void close() {
		server.stop(0);
	}

	private void receive(HttpExchange exchange) throws IOException {

		try (exchange; InputStream body = exchange.getRequestBody()) {
			var gzip = "gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"));
			var bytes = (gzip ? new GZIPInputStream(body) : body).readAllBytes();
			envelopes.add(new String(bytes, StandardCharsets.UTF_8));

			var answer = "{}".getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(200, answer.length);
			exchange.getResponseBody().write(answer);
		}
	}
}
