package lu.boutik.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpServer;

/**
 * Serves the real feeds, unmodified, from 127.0.0.1 on a port of its own, for as long as the test JVM runs. It is the
 * only server URL imports in tests ever reach.
 */
final class FeedServer {

	private static final HttpServer SERVER = start();

	private FeedServer() {
	}

	static int port() {
		return SERVER.getAddress().getPort();
	}

	/** The authority to list in the import allowlist. */
	static String authority() {
		return "127.0.0.1:" + port();
	}

	static String url(String path) {
		return "http://" + authority() + path;
	}

	private static HttpServer start() {

		try {
			var server = HttpServer.create(new InetSocketAddress(InetAddress.getByAddress(new byte[] { 127, 0, 0, 1 }),
					0), 16);
			server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
			server.createContext("/feeds/", exchange -> {
				try (exchange) {
					var name = exchange.getRequestURI().getPath().substring("/feeds/".length());
					if (!Feeds.SHOPIFY.contains(name)) {
						exchange.sendResponseHeaders(404, -1);
						return;
					}
					var body = Files.readAllBytes(Feeds.file(name));
					exchange.getResponseHeaders().set("Content-Type", "text/csv; charset=utf-8");
					exchange.sendResponseHeaders(200, body.length);
					exchange.getResponseBody().write(body);
				}
			});
			server.start();
			return server;
		}
		catch (IOException exception) {
			throw new UncheckedIOException(exception);
		}
	}
}
