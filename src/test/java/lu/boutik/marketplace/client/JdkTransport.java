package lu.boutik.marketplace.client;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;

/**
 * A plain transport for unit tests of the client against the fake server on loopback.
 */
final class JdkTransport implements LetzshopTransport {

	private final HttpClient http = HttpClient.newHttpClient();
	private final Duration timeout;

	JdkTransport(Duration timeout) {
		this.timeout = timeout;
	}

	@Override
	public Answer post(LetzshopEndpoint endpoint, Map<String, String> headers, byte[] body) {

		var request = HttpRequest.newBuilder(endpoint.uri()).timeout(timeout)
				.POST(HttpRequest.BodyPublishers.ofByteArray(body)).header("Content-Type", "application/json");
		headers.forEach(request::header);

		try {
			var response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
			return new Answer(response.statusCode(), response.body());
		} catch (HttpTimeoutException e) {
			throw new LetzshopUnavailable("timed out", e);
		} catch (IOException e) {
			throw new LetzshopUnavailable("could not connect", e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new LetzshopUnavailable("interrupted", e);
		}
	}
}
