package lu.boutik.marketplace.client;

import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import lu.boutik.core.http.AllowedHosts;
import lu.boutik.core.http.GuardedHttpClient;
import lu.boutik.core.http.Limits;
import lu.boutik.core.http.OutboundFailed;
import lu.boutik.core.http.OutboundRefused;

/**
 * Sends Letzshop requests through the platform's guarded outbound client, allowing exactly the endpoint's host (and
 * port, if it names one) and nothing else, with a cap on the answer's size and on the time a request may take.
 */
public final class GuardedLetzshopTransport implements LetzshopTransport {

	/** The largest answer accepted: a page of shipments is far smaller, an introspection well within. */
	static final long MAX_ANSWER_BYTES = 16L * 1024 * 1024;

	private final GuardedHttpClient http;
	private final Limits limits;

	public GuardedLetzshopTransport(GuardedHttpClient http, Duration timeout) {

		this.http = http;
		this.limits = new Limits(MAX_ANSWER_BYTES, timeout);
	}

	/**
	 * A transport with a guarded client of its own over the system's resolver, for the command line, where no
	 * application context runs.
	 */
	public static GuardedLetzshopTransport standalone() {

		var http = new GuardedHttpClient(host -> List.of(InetAddress.getAllByName(host)));
		return new GuardedLetzshopTransport(http, Duration.ofSeconds(60));
	}

	@Override
	public Answer post(LetzshopEndpoint endpoint, Map<String, String> headers, byte[] body) {

		try {
			return http.post(endpoint.uri(), AllowedHosts.parse(endpoint.allowedHost()), headers, body,
					"application/json", limits, (status, answerHeaders, in) -> new Answer(status, in.readAllBytes()));

		} catch (OutboundRefused e) {
			throw new LetzshopRefused("The Letzshop endpoint may not be reached: " + e.reason(), e);
		} catch (OutboundFailed e) {
			throw new LetzshopUnavailable("Letzshop could not be reached: " + e.reason(), e);
		}
	}
}
