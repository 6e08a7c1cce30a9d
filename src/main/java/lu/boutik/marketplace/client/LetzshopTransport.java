package lu.boutik.marketplace.client;

import java.util.Map;

/**
 * Carries one GraphQL request to an endpoint. The production transport is the platform's guarded outbound client;
 * a failure to connect, a refused destination or a timeout is thrown as a {@link LetzshopFailure}.
 */
@FunctionalInterface
public interface LetzshopTransport {

	Answer post(LetzshopEndpoint endpoint, Map<String, String> headers, byte[] body);

	/** What came back: the status and the body, already bounded by the transport. */
	record Answer(int status, byte[] body) {
	}
}
