package lu.boutik.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;

import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Fetches from servers this test starts on loopback. Every address a test could reach, even with a broken guard, is a
 * loopback address of this machine: redirects point at other loopback ports, and stub resolvers answer with loopback.
 */
class GuardedHttpClientIntegrationTest {

	private static final Limits QUICK = Limits.DEFAULTS.withTotalTime(Duration.ofSeconds(10));

	private final AtomicInteger lookups = new AtomicInteger();

	/** Never consulted for literal hosts; answers every name with loopback, which the guard must refuse. */
	private final GuardedHttpClient client = new GuardedHttpClient(host -> {
		lookups.incrementAndGet();
		return List.of(LoopbackServer.loopback(LoopbackServer.IPV4));
	});

	private final LoopbackServer server = LoopbackServer.onIpv4();

	@AfterEach
	void stop() {

		client.close();
		server.close();
	}

	@Test
	void fetchesFromLoopbackServerListedByAddressAndPort() {

		server.answer("/feed.csv", 200, "sku;name\n1;Kachelofen\n");

		var body = client.get(server.uri("/feed.csv"), listed(server), Map.of(), QUICK, BodyReader.bytes());

		assertThat(new String(body, StandardCharsets.UTF_8)).isEqualTo("sku;name\n1;Kachelofen\n");
		assertThat(lookups).hasValue(0);
	}

	@Test
	void fetchesFromIpv6LoopbackServerListedInBrackets() {

		try (var ipv6 = LoopbackServer.on(LoopbackServer.IPV6)) {
			ipv6.answer("/feed.csv", 200, "v6");

			var body = client.get(ipv6.uri("/feed.csv"), listed(ipv6), Map.of(), QUICK, BodyReader.bytes());

			assertThat(body).asString(StandardCharsets.UTF_8).isEqualTo("v6");
		}
	}

	@Test
	void refusesLoopbackServerThatIsNotListed() {

		server.answer("/feed.csv", 200, "secret");

		assertThatThrownBy(() -> client.get(server.uri("/feed.csv"), AllowedHosts.anyPublicHost(), Map.of(), QUICK,
				BodyReader.bytes()))
				.isInstanceOf(OutboundRefused.class);
		assertThatThrownBy(() -> client.get(server.uri("/feed.csv"), AllowedHosts.parse("127.0.0.1"), Map.of(),
				QUICK, BodyReader.bytes()))
				.isInstanceOf(OutboundRefused.class)
				.hasMessageContaining("Port " + server.port());
		assertThat(server.requests()).isZero();
	}

	@Test
	void refusesHostNameThatResolvesToLoopbackBeforeConnecting() {

		server.answer("/feed.csv", 200, "secret");
		var allowed = AllowedHosts.parse("feeds.example.com:" + server.port());

		assertThatThrownBy(() -> client.get(URI.create("http://feeds.example.com:" + server.port()
				+ "/feed.csv"), allowed, Map.of(), QUICK, BodyReader.bytes()))
				.isInstanceOf(OutboundRefused.class)
				.hasMessage("The host 'feeds.example.com' resolves to an address that is not public.");
		assertThat(server.requests()).isZero();
		assertThat(lookups).hasValue(1);
	}

	@Test
	void refusesRedirectToLoopbackPortThatIsNotListed() {

		try (var unlisted = LoopbackServer.onIpv4()) {
			unlisted.answer("/internal", 200, "secret");
			server.redirect("/feed.csv", 302, unlisted.uri("/internal").toString());

			assertThatThrownBy(() -> client.get(server.uri("/feed.csv"), listed(server), Map.of(), QUICK,
					BodyReader.bytes()))
					.isInstanceOf(OutboundRefused.class)
					.hasMessageContaining("Port " + unlisted.port());
			assertThat(server.requestsTo("/feed.csv")).isEqualTo(1);
			assertThat(unlisted.requests()).isZero();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "file:///etc/passwd", "ftp://127.0.0.1:21/feed.csv", "gopher://127.0.0.1:70/" })
	void refusesRedirectToOtherSchemes(String location) {

		server.redirect("/feed.csv", 301, location);

		assertThatThrownBy(() -> client.get(server.uri("/feed.csv"), listed(server), Map.of(), QUICK,
				BodyReader.bytes()))
				.isInstanceOf(OutboundRefused.class)
				.hasMessageStartingWith("Only http and https addresses may be fetched");
	}

	@Test
	void followsThreeRedirects() {

		server.redirect("/first", 301, "/second")
				.redirect("/second", 302, server.uri("/third").toString())
				.redirect("/third", 307, "/final")
				.answer("/final", 200, "arrived");

		var body = client.get(server.uri("/first"), listed(server), Map.of(), QUICK, BodyReader.bytes());

		assertThat(body).asString(StandardCharsets.UTF_8).isEqualTo("arrived");
	}

	@Test
	void refusesFourthRedirect() {

		server.redirect("/first", 301, "/second")
				.redirect("/second", 302, "/third")
				.redirect("/third", 303, "/fourth")
				.redirect("/fourth", 308, "/final")
				.answer("/final", 200, "arrived");

		assertThatThrownBy(() -> client.get(server.uri("/first"), listed(server), Map.of(), QUICK,
				BodyReader.bytes()))
				.isInstanceOf(OutboundRefused.class)
				.hasMessageContaining("redirected more than 3 times");
		assertThat(server.requestsTo("/fourth")).isEqualTo(1);
		assertThat(server.requestsTo("/final")).isZero();
	}

	@Test
	void refusesBodyLargerThanTheCap() {

		server.answer("/feed.csv", exchange -> {
			exchange.sendResponseHeaders(200, 0);
			var chunk = new byte[64 * 1024];
			for (int i = 0; i < 32; i++) {
				exchange.getResponseBody().write(chunk);
			}
		});
		var limits = QUICK.withMaxBytes(1024 * 1024);

		assertThatThrownBy(() -> client.get(server.uri("/feed.csv"), listed(server), Map.of(), limits,
				(status, headers, body) -> body.transferTo(OutputStreamSink.INSTANCE)))
				.isInstanceOf(OutboundFailed.class)
				.hasMessage("The answer of host '127.0.0.1' is larger than 1 MB.");
	}

	@Test
	void refusesDeclaredLengthLargerThanTheCapBeforeReading() {

		server.answer("/feed.csv", 200, "x".repeat(2048));
		var read = new AtomicInteger();

		assertThatThrownBy(() -> client.get(server.uri("/feed.csv"), listed(server), Map.of(),
				QUICK.withMaxBytes(1024), (status, headers, body) -> read.incrementAndGet()))
				.isInstanceOf(OutboundFailed.class)
				.hasMessageContaining("larger than 1024 bytes");
		assertThat(read).hasValue(0);
	}

	@Test
	void refusesOversizedBodyEvenWhenTheReaderSwallowsTheError() {

		server.answer("/feed.csv", exchange -> {
			exchange.sendResponseHeaders(200, 0);
			exchange.getResponseBody().write(new byte[4096]);
		});

		assertThatThrownBy(() -> client.get(server.uri("/feed.csv"), listed(server), Map.of(),
				QUICK.withMaxBytes(1024), (status, headers, body) -> {
					try {
						return body.readAllBytes();
					} catch (IOException e) {
						return new byte[0];
					}
				}))
				.isInstanceOf(OutboundFailed.class)
				.hasMessageContaining("larger than 1024 bytes");
	}

	@Test
	void decodesGzipBody() throws IOException {

		var compressed = gzip("sku;name\n".repeat(1000).getBytes(StandardCharsets.UTF_8));
		server.answer("/feed.csv", exchange -> {
			exchange.getResponseHeaders().add("Content-Encoding", "gzip");
			exchange.sendResponseHeaders(200, compressed.length);
			exchange.getResponseBody().write(compressed);
		});

		var body = client.get(server.uri("/feed.csv"), listed(server), Map.of(), QUICK, BodyReader.bytes());

		assertThat(body).hasSize(9000);
		assertThat(server.receivedHeaders().getFirst().getFirst("Accept-Encoding")).isEqualTo("gzip, deflate");
	}

	@Test
	void decodesDeflateBody() throws IOException {

		var plain = "sku;name\n".repeat(1000).getBytes(StandardCharsets.UTF_8);
		var compressed = new ByteArrayOutputStream();
		try (var deflate = new DeflaterOutputStream(compressed)) {
			deflate.write(plain);
		}
		server.answer("/feed.csv", exchange -> {
			exchange.getResponseHeaders().add("Content-Encoding", "deflate");
			exchange.sendResponseHeaders(200, compressed.size());
			exchange.getResponseBody().write(compressed.toByteArray());
		});

		var body = client.get(server.uri("/feed.csv"), listed(server), Map.of(), QUICK, BodyReader.bytes());

		assertThat(body).isEqualTo(plain);
	}

	@Test
	void failsOnAnEncodingItDidNotAskFor() {

		server.answer("/feed.csv", exchange -> {
			exchange.getResponseHeaders().add("Content-Encoding", "br");
			LoopbackServer.respond(exchange, 200, "not really brotli");
		});

		assertThatThrownBy(() -> client.get(server.uri("/feed.csv"), listed(server), Map.of(), QUICK,
				BodyReader.bytes()))
				.isInstanceOf(OutboundFailed.class)
				.hasMessageContaining("unsupported content encoding");
	}

	@Test
	void refusesGzipBombOnItsDecodedSize() throws IOException {

		var bomb = gzip(new byte[16 * 1024 * 1024]);
		server.answer("/feed.csv", exchange -> {
			exchange.getResponseHeaders().add("Content-Encoding", "gzip");
			exchange.sendResponseHeaders(200, bomb.length);
			exchange.getResponseBody().write(bomb);
		});
		var limits = QUICK.withMaxBytes(1024 * 1024);

		assertThat(bomb.length).isLessThan(1024 * 1024 / 10);
		assertThatThrownBy(() -> client.get(server.uri("/feed.csv"), listed(server), Map.of(), limits,
				(status, headers, body) -> body.transferTo(OutputStreamSink.INSTANCE)))
				.isInstanceOf(OutboundFailed.class)
				.hasMessageContaining("larger than 1 MB");
	}

	@Test
	void abortsTricklingServerWhenTotalTimeIsUp() {

		server.answer("/feed.csv", exchange -> {
			exchange.sendResponseHeaders(200, 0);
			var out = exchange.getResponseBody();
			for (int i = 0; i < 200; i++) {
				out.write('x');
				out.flush();
				sleep(Duration.ofMillis(100));
			}
		});
		var limits = Limits.DEFAULTS.withTotalTime(Duration.ofMillis(1500));
		var started = System.nanoTime();

		assertThatThrownBy(() -> client.get(server.uri("/feed.csv"), listed(server), Map.of(), limits,
				(status, headers, body) -> body.transferTo(OutputStreamSink.INSTANCE)))
				.isInstanceOf(OutboundFailed.class)
				.hasMessage("The exchange with host '127.0.0.1' took longer than 1500 ms.");
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
	}

	@Test
	void stopsDownloadingOnceTheReaderReturns() {

		server.answer("/feed.csv", exchange -> {
			exchange.sendResponseHeaders(200, 0);
			var out = exchange.getResponseBody();
			for (int i = 0; i < 200; i++) {
				out.write(new byte[1024]);
				out.flush();
				sleep(Duration.ofMillis(50));
			}
		});
		var started = System.nanoTime();

		var first = client.get(server.uri("/feed.csv"), listed(server), Map.of(), QUICK,
				(status, headers, body) -> body.readNBytes(16));

		assertThat(first).hasSize(16);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
	}

	@Test
	void handsStatusAndHeadersToTheReader() {

		server.answer("/missing", exchange -> {
			exchange.getResponseHeaders().add("X-Request-Id", "abc");
			LoopbackServer.respond(exchange, 404, "gone");
		});

		var seen = client.get(server.uri("/missing"), listed(server), Map.of(), QUICK,
				(status, headers, body) -> status + " " + headers.getFirst("x-request-id") + " "
						+ new String(body.readAllBytes(), StandardCharsets.UTF_8));

		assertThat(seen).isEqualTo("404 abc gone");
		assertThatThrownBy(() -> client.get(server.uri("/missing"), listed(server), Map.of(), QUICK,
				BodyReader.bytes()))
				.isInstanceOf(OutboundFailed.class)
				.hasMessage("The server answered with status 404.");
	}

	@Test
	void postsBodyWithItsContentType() {

		var received = new AtomicReference<String>();
		server.answer("/graphql", exchange -> {
			received.set(exchange.getRequestMethod() + " " + exchange.getRequestHeaders().getFirst("Content-Type")
					+ " " + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
			LoopbackServer.respond(exchange, 200, "{}");
		});

		client.post(server.uri("/graphql"), listed(server), Map.of(), "{\"query\":\"q\"}".getBytes(
				StandardCharsets.UTF_8), "application/json", QUICK, BodyReader.bytes());

		assertThat(received.get()).isEqualTo("POST application/json {\"query\":\"q\"}");
	}

	@Test
	void repeatsPostOn307AndTurnsItIntoGetOn303() {

		server.redirect("/first", 307, "/second")
				.redirect("/second", 303, "/final")
				.answer("/final", 200, "ok");

		client.post(server.uri("/first"), listed(server), Map.of(), new byte[] { 1, 2, 3 },
				"application/octet-stream", QUICK, BodyReader.bytes());

		assertThat(server.requestLines()).containsExactly("POST /first 3", "POST /second 3", "GET /final 0");
	}

	@Test
	void keepsCallerHeadersFromOtherOrigins() {

		try (var other = LoopbackServer.onIpv4()) {
			other.answer("/final", 200, "ok");
			server.redirect("/feed.csv", 302, other.uri("/final").toString());
			var allowed = AllowedHosts.parse(server.authority() + ", " + other.authority());
			var headers = Map.of("Authorization", "Bearer s3cret", "Accept", "text/csv");

			client.get(server.uri("/feed.csv"), allowed, headers, QUICK, BodyReader.bytes());

			assertThat(server.receivedHeaders().getFirst().getFirst("Authorization")).isEqualTo("Bearer s3cret");
			assertThat(other.receivedHeaders().getFirst().getFirst("Authorization")).isNull();
			assertThat(other.receivedHeaders().getFirst().getFirst("Accept")).isEqualTo("text/csv");
		}
	}

	@Test
	void resolvesEachHostOncePerFetchAndConnectsOnlyToTheCheckedAddress() throws UnknownHostException {

		// The only address the check admits is 127.0.0.2; were HttpClient to resolve localhost itself, it would get
		// 127.0.0.1, where nothing listens on this port.
		var checked = InetAddress.getByAddress(new byte[] { 127, 0, 0, 2 });
		var asked = new AtomicInteger();
		try (var pinned = LoopbackServer.on(checked.getAddress());
				var guarded = new GuardedHttpClient(host -> {
					asked.incrementAndGet();
					return List.of(checked);
				}, address -> address.equals(checked) ? null : "not the test address",
						DefaultClientTlsStrategy.createDefault())) {
			pinned.redirect("/feed.csv", 302, "/moved.csv").answer("/moved.csv", 200, "pinned");
			var allowed = AllowedHosts.parse("localhost:" + pinned.port());

			var body = guarded.get(URI.create("http://localhost:" + pinned.port() + "/feed.csv"), allowed,
					Map.of(), QUICK, BodyReader.bytes());

			assertThat(body).asString(StandardCharsets.UTF_8).isEqualTo("pinned");
			assertThat(asked).hasValue(1);
			assertThat(pinned.receivedHeaders().getFirst().getFirst("Host")).isEqualTo("localhost:" + pinned.port());
		}
	}

	private static AllowedHosts listed(LoopbackServer server) {
		return AllowedHosts.parse(server.authority());
	}

	private static byte[] gzip(byte[] plain) throws IOException {

		var bytes = new ByteArrayOutputStream();
		try (var gzip = new GZIPOutputStream(bytes)) {
			gzip.write(plain);
		}
		return bytes.toByteArray();
	}

	private static void sleep(Duration duration) {

		try {
			Thread.sleep(duration);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/** Discards what a reader streams, as a feed import streams to a file. */
	private static final class OutputStreamSink extends java.io.OutputStream {

		static final OutputStreamSink INSTANCE = new OutputStreamSink();

		@Override
		public void write(int b) {
		}

		@Override
		public void write(byte[] b, int off, int len) {
		}
	}
}
