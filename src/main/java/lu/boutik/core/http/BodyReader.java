package lu.boutik.core.http;

import java.io.IOException;
import java.io.InputStream;

import org.springframework.http.HttpHeaders;

/**
 * Consumes the final answer of a fetch, after every redirect was followed.
 * <p>
 * The body is already decoded (gzip, deflate) and capped at {@link Limits#maxBytes()}: reading past the cap, or past
 * the exchange's time, throws an {@link IOException}, and the fetch then fails with {@link OutboundFailed} whatever
 * the reader did with that exception. The stream may be read in pieces, for example straight to a file; it is closed
 * by the client once the reader returns, and anything left unread is discarded without being downloaded.
 *
 * @param <T> what the reader makes of the answer
 */
@FunctionalInterface
public interface BodyReader<T> {

	/**
	 * @param status the HTTP status code of the final answer, which the client does not judge
	 * @param headers the answer's headers, read-only
	 * @param body the decoded, capped body
	 */
	T read(int status, HttpHeaders headers, InputStream body) throws IOException;

	/** Reads a successful answer whole into memory; any status outside 200-299 fails the fetch. */
	static BodyReader<byte[]> bytes() {
		return (status, headers, body) -> {

			if (status < 200 || status > 299) {
				throw new OutboundFailed("The server answered with status " + status + ".");
			}

			return body.readAllBytes();
		};
	}
}
