package lu.boutik.core.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

/**
 * An HTTP server on a loopback address and an ephemeral port, counting what it receives. Tests fetch only from such
 * servers, so that even a broken guard could reach nothing but this machine.
 */
final class LoopbackServer implements AutoCloseable {

	static final byte[] IPV4 = { 127, 0, 0, 1 };

	static final byte[] IPV6 = { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1 };

	private final HttpServer server;

	private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();

	private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();

	private final List<Headers> received = new CopyOnWriteArrayList<>();

	private final List<String> requestLines = new CopyOnWriteArrayList<>();

	private LoopbackServer(byte[] address) {

		try {
			var loopback = InetAddress.getByAddress(address);
			if (!loopback.isLoopbackAddress()) {
				throw new IllegalArgumentException("Test servers listen on loopback only");
			}
			this.server = HttpServer.create(new InetSocketAddress(loopback, 0), 16);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		server.setExecutor(workers);
		server.start();
	}

	static LoopbackServer onIpv4() {
		return new LoopbackServer(IPV4);
	}

	static LoopbackServer on(byte[] address) {
		return new LoopbackServer(address);
	}

	/** Answers requests to {@code path}, counting them. */
	LoopbackServer answer(String path, HttpHandler handler) {

		var count = requests.computeIfAbsent(path, p -> new AtomicInteger());
		server.createContext(path, exchange -> {
			count.incrementAndGet();
			received.add(exchange.getRequestHeaders());
			var body = exchange.getRequestBody().readAllBytes();
			requestLines.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " " + body.length);
			exchange.setStreams(new ByteArrayInputStream(body), null);
			try (exchange) {
				handler.handle(exchange);
			}
		});
		return this;
	}

	LoopbackServer answer(String path, int status, String body) {
		return answer(path, exchange -> respond(exchange, status, body));
	}

	LoopbackServer redirect(String path, int status, String location) {
		return answer(path, exchange -> {
			exchange.getResponseHeaders().add("Location", location);
			exchange.sendResponseHeaders(status, -1);
		});
	}

	int port() {
		return server.getAddress().getPort();
	}

	/** The address and port, as an allowed-hosts entry names them. */
	String authority() {

		var address = server.getAddress().getAddress();
		var host = address.getAddress().length == 16 ? "[::1]" : address.getHostAddress();
		return host + ":" + port();
	}

	URI uri(String path) {
		return URI.create("http://" + authority() + path);
	}

	int requestsTo(String path) {

		var count = requests.get(path);
		return count == null ? 0 : count.get();
	}

	int requests() {
		return requests.values().stream().mapToInt(AtomicInteger::get).sum();
	}

	List<Headers> receivedHeaders() {
		return received;
	}

	/** Method, path and body length of each request, in the order they came. */
	List<String> requestLines() {
		return requestLines;
	}

	@Override
	public void close() {

		server.stop(0);
		workers.shutdownNow();
	}

	static void respond(HttpExchange exchange, int status, String body) throws IOException {

		var bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
		exchange.getResponseBody().write(bytes);
	}

	static InetAddress loopback(byte[] address) {

		try {
			return InetAddress.getByAddress(address);
		} catch (UnknownHostException e) {
			throw new IllegalArgumentException(e);
		}
	}
}
