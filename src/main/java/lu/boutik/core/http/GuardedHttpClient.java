package lu.boutik.core.http;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.client5.http.ssl.TlsSocketStrategy;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;

/**
 * The platform's one way to fetch a URL from outside: feed imports from merchants' addresses, the Letzshop API, any
 * future integration. It sends a request only where policy allows and caps what the answer may cost.
 * <p>
 * For every request, the first and each redirect, it checks in this order: the scheme is {@code http} or
 * {@code https}; the host is an ASCII name (IDN converted, lower-cased) or an IP literal in canonical form, never a
 * shorthand, octal, hexadecimal or dotted-with-trailing-dot IPv4 form; the host and port pass the
 * {@link AllowedHosts}; and every address the host resolves to is public (see {@link AllowedHosts} for the one
 * exception, listed literals). The host is resolved once per fetch and the connection goes only to the addresses
 * checked; TLS still verifies the certificate against the host name, which is also sent as SNI.
 * <p>
 * Redirects (301, 302, 303, 307, 308) are followed by the client itself, at most {@value #MAX_REDIRECTS} of them; 303,
 * and 301 or 302 after a POST, continue as a GET without body. Headers the caller passed go only to the origin of the
 * first request; another origin gets only {@code Accept}, {@code Accept-Language} and {@code User-Agent}. Every
 * exchange has its own connection, never reused by another fetch, and never goes through a proxy.
 * <p>
 * Policy refusals throw {@link OutboundRefused}, failures {@link OutboundFailed}; both carry a sentence that may be
 * shown to a merchant and are logged with the host and reason only, never the path or query.
 */
public class GuardedHttpClient implements AutoCloseable {

	/** The most redirects one fetch follows; the next one is refused. */
	public static final int MAX_REDIRECTS = 3;

	private static final Logger LOG = LoggerFactory.getLogger(GuardedHttpClient.class);

	/** Headers the client sets itself; a caller's value could smuggle a second request or a different host. */
	private static final Set<String> MANAGED_HEADERS = Set.of("host", "content-length", "transfer-encoding",
			"connection", "keep-alive", "upgrade", "te", "trailer", "expect", "accept-encoding", "content-encoding",
			"content-type", "proxy-authorization", "proxy-connection");

	private static final Pattern HEADER_NAME = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

	private final Destinations destinations;

	private final TlsSocketStrategy tls;

	private final ScheduledThreadPoolExecutor alarms;

	private final ExecutorService lookups;

	public GuardedHttpClient(HostResolver resolver) {
		this(resolver, SpecialAddresses::refusal, DefaultClientTlsStrategy.createDefault());
	}

	GuardedHttpClient(HostResolver resolver, AddressCheck check, TlsSocketStrategy tls) {

		this.tls = tls;
		this.lookups = Executors.newVirtualThreadPerTaskExecutor();
		this.destinations = new Destinations(resolver, check, lookups);
		this.alarms = new ScheduledThreadPoolExecutor(1, Thread.ofPlatform().daemon().name("outbound-deadline")
				.factory());
		this.alarms.setRemoveOnCancelPolicy(true);
	}

	/** Fetches with {@link Limits#DEFAULTS}. */
	public <T> T get(URI uri, AllowedHosts allowed, Map<String, String> headers, BodyReader<T> reader) {
		return get(uri, allowed, headers, Limits.DEFAULTS, reader);
	}

	/**
	 * Sends a GET and hands the final answer to the reader.
	 *
	 * @param headers extra request headers for the origin of {@code uri}; the transport headers ({@code Host},
	 *        {@code Content-Length}, {@code Accept-Encoding} and the like) are the client's own
	 * @return what the reader made of the answer
	 * @throws OutboundRefused when policy forbids a request of the fetch
	 * @throws OutboundFailed when the fetch was allowed but failed or exceeded its limits
	 */
	public <T> T get(URI uri, AllowedHosts allowed, Map<String, String> headers, Limits limits,
			BodyReader<T> reader) {
		return fetch(new Hop("GET", uri, allowed, checked(headers), null, null), limits, reader);
	}

	/** Posts with {@link Limits#DEFAULTS}. */
	public <T> T post(URI uri, AllowedHosts allowed, Map<String, String> headers, byte[] body, String contentType,
			BodyReader<T> reader) {
		return post(uri, allowed, headers, body, contentType, Limits.DEFAULTS, reader);
	}

	/**
	 * Sends a POST and hands the final answer to the reader; see {@link #get(URI, AllowedHosts, Map, Limits,
	 * BodyReader)}.
	 *
	 * @param contentType the media type of {@code body}, such as {@code application/json}
	 */
	public <T> T post(URI uri, AllowedHosts allowed, Map<String, String> headers, byte[] body, String contentType,
			Limits limits, BodyReader<T> reader) {

		// Spring's parser is the strict one; HttpClient's accepts almost anything.
		MediaType.parseMediaType(contentType);

		return fetch(new Hop("POST", uri, allowed, checked(headers), body.clone(), contentType), limits, reader);
	}

	@Override
	public void close() {

		alarms.shutdownNow();
		lookups.shutdownNow();
	}

	private <T> T fetch(Hop first, Limits limits, BodyReader<T> reader) {

		var exchange = new Exchange(limits, tls);
		var alarm = alarms.schedule(exchange::expire, limits.totalTime().toNanos(), TimeUnit.NANOSECONDS);
		var hop = first;
		@Nullable Target origin = null;
		var host = "an unreadable address";

		try (exchange) {
			for (int redirects = 0;; redirects++) {

				var target = Target.of(hop.uri());
				host = target.host().toString();
				origin = origin == null ? target : origin;

				var admitted = hop.allowed().admit(target);
				if (!exchange.isPinned(target.host())) {
					var addresses = destinations.addressesOf(target, admitted, exchange.remaining(target));
					exchange.pin(target.host(), addresses);
				}

				var response = exchange.send(target, hop, target.sameOrigin(origin));
				var location = exchange.redirectOf(target, response);
				if (location == null) {
					return exchange.read(target, response, reader);
				}

				exchange.release(response, null);
				if (redirects == MAX_REDIRECTS) {
					throw new OutboundRefused("The host '" + host + "' redirected more than " + MAX_REDIRECTS
							+ " times.");
				}
				hop = hop.redirectedTo(location, response.getCode());
			}
		} catch (OutboundRefused e) {
			LOG.warn("Refused an outbound {} to {}: {}", first.method(), host, e.reason());
			throw e;
		} catch (OutboundFailed e) {
			LOG.info("An outbound {} to {} failed: {}", first.method(), host, e.reason());
			throw e;
		} finally {
			alarm.cancel(false);
		}
	}

	private static Map<String, String> checked(Map<String, String> headers) {

		for (var header : headers.entrySet()) {

			var name = header.getKey();
			if (!HEADER_NAME.matcher(name).matches() || !header.getValue().chars().allMatch(c -> c == '\t'
					|| (c >= 0x20 && c != 0x7f))) {
				throw new OutboundRefused("The request header '" + printable(name) + "' has an invalid name or value.");
			}
			if (MANAGED_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
				throw new OutboundRefused("The request header '" + name + "' is set by the client itself.");
			}
		}

		return Map.copyOf(headers);
	}

	private static String printable(String text) {
		return text.replaceAll("[^\\x21-\\x7e]", "?");
	}
}
