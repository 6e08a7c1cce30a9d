package lu.boutik.test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import lu.boutik.core.SecureCodes;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Speaks to the running platform over real HTTP, as a client outside would.
 * <p>
 * The test profile trusts 127.0.0.1 as a proxy, and by default every request names a fresh client address in
 * {@code X-Forwarded-For}, so that per-address rate limits of one test never refuse another. {@link #as(String)}
 * fixes the client address; {@link #untrustedPeer(int)} connects from 127.0.0.2, which no setting trusts.
 */
public final class Api {

	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final Map<Integer, String> ADMIN_TOKENS = new ConcurrentHashMap<>();

	private final HttpClient http;
	private final int port;
	private final String base;
	private final @Nullable String clientAddress;
	private final boolean proxied;

	public Api(int port) {
		this(port, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build(), null, true);
	}

	private Api(int port, HttpClient http, @Nullable String clientAddress, boolean proxied) {

		this.port = port;
		this.base = "http://127.0.0.1:" + port;
		this.http = http;
		this.clientAddress = clientAddress;
		this.proxied = proxied;
	}

	/** Requests through the trusted loopback proxy on behalf of one fixed client address. */
	public Api as(String address) {
		return new Api(port, http, address, true);
	}

	/** Requests straight from 127.0.0.2, a peer that is not a trusted proxy; it sends no forwarded header itself. */
	public static Api untrustedPeer(int port) {
		try {
			var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
					.localAddress(InetAddress.getByName("127.0.0.2")).build();
			return new Api(port, http, null, false);
		}
		catch (UnknownHostException exception) {
			throw new IllegalStateException(exception);
		}
	}

	/** A client address no other test uses, from the IPv6 documentation prefix. */
	public static String freshAddress() {

		var bytes = SecureCodes.bytes(12);
		var hex = HexFormat.of().formatHex(bytes);
		var address = new StringBuilder("2001:db8");
		for (int i = 0; i < hex.length(); i += 4) {
			address.append(':').append(hex, i, i + 4);
		}
		return address.toString();
	}

	/** A response: status, headers and the body read as JSON where it is JSON. */
	public record Reply(int status, java.net.http.HttpHeaders headers, String text) {

		public JsonNode json() {
			return JSON.readTree(text);
		}

		public String header(String name) {
			return headers.firstValue(name).orElse("");
		}
	}

	public Reply get(String path, @Nullable String token) {
		return send(request(path, token).GET());
	}

	public Reply post(String path, @Nullable String token, Object body) {
		return send(request(path, token).header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body instanceof String text ? text
						: JSON.writeValueAsString(body))));
	}

	public Reply send(String method, String path, @Nullable String token, Map<String, String> headers,
			HttpRequest.BodyPublisher body) {

		var request = request(path, token).method(method, body);
		headers.forEach(request::setHeader);
		return send(request);
	}

	public String signIn(String realm, Map<String, String> credentials) {

		var reply = post("/api/v1/" + realm + "/auth/login", null, credentials);
		if (reply.status() != 200) {
			throw new AssertionError("sign-in failed: " + reply.status() + " " + reply.text());
		}
		return reply.json().get("access_token").asString();
	}

	/** The bootstrap admin's token, signed in once per platform so that its sign-in limit is never reached. */
	public String signInAdmin() {
		return ADMIN_TOKENS.computeIfAbsent(port, key -> signIn("admin",
				Map.of("email", IntegrationTest.ADMIN_EMAIL, "password", IntegrationTest.ADMIN_PASSWORD)));
	}

	private HttpRequest.Builder request(String path, @Nullable String token) {

		var request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		if (proxied) {
			request.header("X-Forwarded-For", clientAddress == null ? freshAddress() : clientAddress);
		}
		return request;
	}

	private Reply send(HttpRequest.Builder request) {
		try {
			var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Reply(response.statusCode(), response.headers(), response.body());
		}
		catch (IOException exception) {
			throw new IllegalStateException(exception);
		}
		catch (InterruptedException exception) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(exception);
		}
	}
}
