package lu.boutik.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpServer;

/**
 * Serves the real product feeds of {@code ../shared/data/feeds/}, unmodified, on a loopback port, as a merchant's
 * web server would. One server per test JVM; the import allowlist names exactly its address.
 */
public final class FeedServer {

	public static final Path FEEDS = Path.of("..", "shared", "data", "feeds").toAbsolutePath().normalize();

	private static final HttpServer SERVER = start();

	private FeedServer() {
	}

	public static int port() {
		return SERVER.getAddress().getPort();
	}

	public static String url(String file) {
		return "http://127.0.0.1:" + port() + "/feeds/" + file;
	}

	private static HttpServer start() {
		try {
			var server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
			server.createContext("/feeds/", exchange -> {
				var name = exchange.getRequestURI().getPath().substring("/feeds/".length());
				var file = FEEDS.resolve(name).normalize();
				if (!file.startsWith(FEEDS) || !Files.isRegularFile(file)) {
					exchange.sendResponseHeaders(404, -1);
					exchange.close();
					return;
				}
				var bytes = Files.readAllBytes(file);
				exchange.getResponseHeaders().set("Content-Type", "text/csv; charset=utf-8");
				exchange.sendResponseHeaders(200, bytes.length);
				try (var body = exchange.getResponseBody()) {
					body.write(bytes);
				}
			});
			server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
			server.start();
			return server;
		}
		catch (IOException exception) {
			throw new UncheckedIOException(exception);
		}
	}
}
