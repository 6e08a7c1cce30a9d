package lu.boutik.core.http;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;

import javax.net.ssl.SSLException;

import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.DefaultSchemePortResolver;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.BasicHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.ManagedHttpClientConnectionFactory;
import org.apache.hc.client5.http.impl.routing.DefaultRoutePlanner;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.client5.http.ssl.TlsSocketStrategy;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.URIScheme;
import org.apache.hc.core5.http.config.RegistryBuilder;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;

/**
 * The state of one fetch across its redirects: its deadline, the addresses it checked, and the one connection it
 * has open. Each fetch gets its own HttpClient, so no connection checked for one fetch serves another.
 */
final class Exchange implements AutoCloseable {

	private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

	/** What a caller's headers may carry to another origin: nothing that could be a credential. */
	private static final Set<String> CROSS_ORIGIN_HEADERS = Set.of("accept", "accept-language", "user-agent");

	private final Limits limits;

	private final long deadline;

	private final PinnedAddresses pinned = new PinnedAddresses();

	private final CloseableHttpClient http;

	private volatile @Nullable HttpUriRequestBase current;

	private volatile boolean expired;

	private volatile boolean overflowed;

	Exchange(Limits limits, TlsSocketStrategy tls) {

		this.limits = limits;
		this.deadline = System.nanoTime() + limits.totalTime().toNanos();

		var connections = BasicHttpClientConnectionManager.create(DefaultSchemePortResolver.INSTANCE, pinned,
				RegistryBuilder.<TlsSocketStrategy>create().register(URIScheme.HTTPS.id, tls).build(),
				ManagedHttpClientConnectionFactory.INSTANCE);
		connections.setConnectionConfig(ConnectionConfig.custom()
				.setConnectTimeout(Timeout.of(limits.totalTime()))
				.setSocketTimeout(Timeout.of(limits.totalTime()))
				.build());

		// Never through a proxy, and nothing automatic: the guard decides every request this client makes.
		this.http = HttpClients.custom()
				.setConnectionManager(connections)
				.setRoutePlanner(new DefaultRoutePlanner(DefaultSchemePortResolver.INSTANCE))
				.disableRedirectHandling()
				.disableAutomaticRetries()
				.disableContentCompression()
				.disableCookieManagement()
				.disableAuthCaching()
				.setUserAgent("Boutik")
				.build();
	}

	/** Ends the exchange because its time is up: the open request is aborted, whatever it is doing. */
	void expire() {

		expired = true;
		var request = current;
		if (request != null) {
			request.cancel();
		}
	}

	/**
	 * @throws OutboundFailed when no time is left
	 */
	Duration remaining(Target target) {

		var nanos = deadline - System.nanoTime();
		if (expired || nanos <= 0) {
			expired = true;
			throw failure(target, null);
		}
		return Duration.ofNanos(nanos);
	}

	boolean isPinned(Host host) {
		return pinned.contains(host);
	}

	void pin(Host host, List<InetAddress> addresses) {
		pinned.pin(host, addresses);
	}

	/**
	 * Sends one request to the target's pinned addresses.
	 *
	 * @param sameOrigin whether the target is the origin the caller's headers were meant for
	 */
	ClassicHttpResponse send(Target target, Hop hop, boolean sameOrigin) {

		var request = new HttpUriRequestBase(hop.method(), target.uri());
		hop.headers().forEach((name, value) -> {
			if (sameOrigin || CROSS_ORIGIN_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
				request.addHeader(name, value);
			}
		});
		request.setHeader(HttpHeaders.ACCEPT_ENCODING, "gzip, deflate");
		var body = hop.body();
		if (body != null) {
			request.setEntity(new ByteArrayEntity(body, ContentType.parse(hop.contentType())));
		}
		request.setConfig(RequestConfig.custom().setResponseTimeout(Timeout.of(remaining(target))).build());

		current = request;
		if (expired) {
			request.cancel();
		}

		try {
			var host = new HttpHost(target.scheme(), target.host().name(), target.port());
			return http.executeOpen(host, request, HttpClientContext.create());
		} catch (IOException e) {
			throw failure(target, e);
		}
	}

	/**
	 * Where the answer redirects to, or {@code null} when it is final.
	 */
	@Nullable
	URI redirectOf(Target target, ClassicHttpResponse response) {

		if (!REDIRECTS.contains(response.getCode())) {
			return null;
		}

		var locations = response.getHeaders(HttpHeaders.LOCATION);
		if (locations.length == 0) {
			return null;
		}
		if (locations.length > 1) {
			throw new OutboundFailed("The host '" + target.host() + "' redirected to more than one address.");
		}

		try {
			return target.uri().resolve(new URI(locations[0].getValue().strip()));
		} catch (URISyntaxException | IllegalArgumentException e) {
			throw new OutboundFailed("The host '" + target.host() + "' redirected to an invalid address.", e);
		}
	}

	/** Hands the final answer to the reader, through the caps on bytes and time. */
	<T> T read(Target target, ClassicHttpResponse response, BodyReader<T> reader) {

		var entity = response.getEntity();
		if (entity != null && entity.getContentLength() > limits.maxBytes()) {
			overflowed = true;
			throw failure(target, null);
		}

		InputStream body = InputStream.nullInputStream();
		try {
			body = decoded(target, response, entity);
			var result = reader.read(response.getCode(), headersOf(response), body);

			// The reader may have swallowed the exception that ended its stream early; the answer is still not whole.
			if (expired || overflowed) {
				throw failure(target, null);
			}
			return result;
		} catch (OutboundFailed | OutboundRefused e) {
			throw e;
		} catch (IOException e) {
			throw failure(target, e);
		} catch (UncheckedIOException e) {
			throw failure(target, e.getCause());
		} catch (RuntimeException e) {
			if (expired || overflowed) {
				throw failure(target, e);
			}
			throw e;
		} finally {
			release(response, body);
		}
	}

	/**
	 * Aborts the connection before closing, because closing an unfinished body would otherwise download the rest.
	 */
	void release(ClassicHttpResponse response, @Nullable Closeable body) {

		var request = current;
		if (request != null) {
			request.cancel();
		}
		closeQuietly(body);
		closeQuietly(response);
	}

	@Override
	public void close() {
		http.close(CloseMode.IMMEDIATE);
	}

	private InputStream decoded(Target target, ClassicHttpResponse response, @Nullable HttpEntity entity)
			throws IOException {

		if (entity == null) {
			return InputStream.nullInputStream();
		}

		var encodings = response.getHeaders(HttpHeaders.CONTENT_ENCODING);
		var encoding = encodings.length == 0 ? "identity" : encodings[0].getValue().strip().toLowerCase(Locale.ROOT);
		if (encodings.length > 1) {
			encoding = "several";
		}

		// The raw side is capped too, so that a compressed body that decodes to little cannot stream on forever.
		var raw = capped(entity.getContent());
		return switch (encoding) {
			case "identity", "" -> raw;
			case "gzip", "x-gzip" -> capped(new GZIPInputStream(raw, 8192));
			case "deflate" -> capped(new InflaterInputStream(raw));
			default -> throw new OutboundFailed(
					"The host '" + target.host() + "' answered in an unsupported content encoding.");
		};
	}

	private InputStream capped(InputStream in) {
		return new CappedInputStream(in, limits.maxBytes(), () -> overflowed = true);
	}

	OutboundFailed failure(Target target, @Nullable Throwable cause) {

		var host = "'" + target.host() + "'";
		if (expired) {
			return new OutboundFailed("The exchange with host " + host + " took longer than "
					+ limits.describeTime() + ".", cause);
		}
		if (overflowed) {
			return new OutboundFailed("The answer of host " + host + " is larger than " + limits.describeBytes()
					+ ".", cause);
		}

		var reason = switch (cause) {
			case InterruptedIOException e -> "The host " + host + " did not answer in time.";
			case ConnectException e -> "The host " + host + " could not be reached.";
			case NoRouteToHostException e -> "The host " + host + " could not be reached.";
			case SSLException e -> "The secure connection to host " + host + " could not be established.";
			case ZipException e -> "The answer of host " + host + " could not be decompressed.";
			case null, default -> "The connection to host " + host + " failed.";
		};
		return new OutboundFailed(reason, cause);
	}

	private static HttpHeaders headersOf(ClassicHttpResponse response) {

		var headers = new HttpHeaders();
		for (var header : response.getHeaders()) {
			headers.add(header.getName(), header.getValue());
		}
		return HttpHeaders.readOnlyHttpHeaders(headers);
	}

	private static void closeQuietly(@Nullable Closeable closeable) {

		if (closeable == null) {
			return;
		}
		try {
			closeable.close();
		} catch (IOException e) {
			// The connection was aborted on purpose; failing to close what sat on it changes nothing.
		}
	}
}
