package lu.boutik.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpServer;

/**
 * Serves the real product feeds of {@link Feeds#DIRECTORY}, unmodified, on a loopback port, as a merchant's
 * web server would. The platform under test may import from {@link #LISTED}, which its allowlist names, and from
 * nothing else: {@link #UNLISTED} serves the same files where the allowlist must refuse them.
 */
public final class FeedServer {

	public static final FeedServer LISTED = new FeedServer();
	public static final FeedServer UNLISTED = new FeedServer();

	private final HttpServer server;

	private FeedServer() {
		this.server = start();
	}

	public int port() {
		return server.getAddress().getPort();
	}

	/** The address of a file of {@link #Feeds.DIRECTORY}; any other name answers 404. */
	public String url(String file) {
		return "http://127.0.0.1:" + port() + "/feeds/" + file;
	}

	private static HttpServer start() {
		try {
			var server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
			server.createContext("/feeds/", exchange -> {
				try (exchange) {
					var name = exchange.getRequestURI().getPath().substring("/feeds/".length());
					var file = Feeds.DIRECTORY.resolve(name).normalize();
					if (!file.getParent().equals(Feeds.DIRECTORY) || !Files.isRegularFile(file)) {
						exchange.sendResponseHeaders(404, -1);
						return;
					}
					var bytes = Files.readAllBytes(file);
					exchange.getResponseHeaders().set("Content-Type", "text/csv; charset=utf-8");
					exchange.sendResponseHeaders(200, bytes.length);
					exchange.getResponseBody().write(bytes);
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
