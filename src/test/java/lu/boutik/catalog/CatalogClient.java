package lu.boutik.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import lu.boutik.core.SecureCodes;
import lu.boutik.test.Api;
import tools.jackson.databind.JsonNode;

/**
 * Drives the catalog API as a store member would: uploads feeds, starts URL imports, waits for them to finish.
 */
final class CatalogClient {

	static final String IMPORTS = "/api/v1/store/catalog/imports";

	private final Api api;

	CatalogClient(Api api) {
		this.api = api;
	}

	Api.Reply upload(String token, String fileName, byte[] content) {

		var boundary = "boutik-" + SecureCodes.base32(16);
		var body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return api.send("POST", IMPORTS, token, Map.of("Content-Type", "multipart/form-data; boundary=" + boundary),
				HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
	}

	/** Uploads a feed and answers the import's id. */
	String started(String token, String fileName, byte[] content) {

		var reply = upload(token, fileName, content);
		assertThat(reply.status()).as(reply.text()).isEqualTo(202);
		assertThat(reply.json().get("status").asString()).isEqualTo("queued");
		return reply.json().get("id").asString();
	}

	String startedFromUrl(String token, String url) {

		var reply = api.post(IMPORTS, token, Map.of("source_url", url));
		assertThat(reply.status()).as(reply.text()).isEqualTo(202);
		return reply.json().get("id").asString();
	}

	/** Waits until the import is completed or failed, and answers its final state. */
	JsonNode finished(String token, String id) {

		var deadline = Instant.now().plus(Duration.ofSeconds(90));
		while (Instant.now().isBefore(deadline)) {
			var reply = api.get(IMPORTS + "/" + id, token);
			assertThat(reply.status()).as(reply.text()).isEqualTo(200);
			var status = reply.json().get("status").asString();
			if (status.equals("completed") || status.equals("failed")) {
				return reply.json();
			}
			pause();
		}
		throw new AssertionError("import " + id + " did not finish in time");
	}

	private static void pause() {
		try {
			Thread.sleep(250);
		}
		catch (InterruptedException exception) {
			Thread.currentThread().interrupt();
			throw new AssertionError(exception);
		}
	}
}
