package lu.boutik.marketplace.client;

import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one way Boutik speaks GraphQL to Letzshop. It accepts only a {@link LetzshopDocument}, so the document text is
 * always a resource file unchanged, and every value travels in {@code variables}. GraphQL errors, HTTP failures and
 * timeouts become {@link LetzshopFailure}s; transient ones are retried as the {@link RetryPolicy} says.
 */
public final class LetzshopClient {

	private static final Logger LOG = LoggerFactory.getLogger(LetzshopClient.class);

	static final JsonMapper JSON = JsonMapper.builder()
			.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
			.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.build();

	private final LetzshopTransport transport;
	private final RetryPolicy retry;

	public LetzshopClient(LetzshopTransport transport, RetryPolicy retry) {

		this.transport = transport;
		this.retry = retry;
	}

	/**
	 * Sends the document with the variables and returns the {@code data} of the answer.
	 *
	 * @throws LetzshopFailure when Letzshop could not be asked or refused, after retrying what may pass later
	 */
	public JsonNode execute(LetzshopEndpoint endpoint, LetzshopDocument document, Map<String, ?> variables) {

		var body = JSON.writeValueAsBytes(new GraphQlRequest(document, new LinkedHashMap<>(variables)));
		var headers = Map.of("Authorization", "Bearer " + endpoint.apiKey(), "Accept", "application/json");

		for (int attempt = 1;; attempt++) {

			try {
				return answer(transport.post(endpoint, headers, body));

			} catch (LetzshopFailure failure) {

				if (!failure.isTransient() || attempt >= retry.attempts()) {
					throw failure;
				}

				var backoff = retry.backoffAfter(attempt);
				LOG.warn("Letzshop unavailable for {} (attempt {} of {}), retrying in {} ms", document,
						attempt, retry.attempts(), backoff.toMillis(), failure);
				pause(backoff.toMillis());
			}
		}
	}

	private static JsonNode answer(LetzshopTransport.Answer answer) {

		var status = answer.status();

		if (status == 401 || status == 403) {
			throw new LetzshopUnauthorized(status);
		}
		if (status == 408 || status == 429 || status >= 500) {
			throw new LetzshopUnavailable("Letzshop answered HTTP " + status);
		}

		var json = parse(answer.body(), status);
		var errors = json.path("errors");

		if (errors.isArray() && !errors.isEmpty()) {

			var messages = new ArrayList<String>();
			errors.forEach(it -> messages.add(it.path("message").asString("unnamed error")));
			throw new LetzshopRejected(messages);
		}
		if (status >= 300) {
			throw new LetzshopRejected(List.of("HTTP " + status));
		}

		var data = json.get("data");
		if (data == null || !data.isObject()) {
			throw new LetzshopUnavailable("Letzshop answered without data");
		}
		return data;
	}

	private static JsonNode parse(byte[] body, int status) {

		try {
			return JSON.readTree(body);
		} catch (JacksonException e) {
			throw status >= 300
					? new LetzshopRejected(List.of("HTTP " + status))
					: new LetzshopUnavailable("Letzshop answered something other than JSON", e);
		}
	}

	private static void pause(long millis) {

		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new LetzshopUnavailable("Interrupted while waiting to retry", e);
		}
	}

	/** The request body; the document is written by its own serialisation, as the resource holds it. */
	record GraphQlRequest(LetzshopDocument query, Map<String, @Nullable Object> variables) {
	}
}
