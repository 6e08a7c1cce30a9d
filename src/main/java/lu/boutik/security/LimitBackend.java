package lu.boutik.security;

import java.util.List;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;

/**
 * Where rate-limit counters live. Taking one attempt from several counters is one call, so that a backend can ask
 * for all of them at once.
 */
interface LimitBackend extends AutoCloseable {

	/** Takes one attempt from each counter; the answers come in the order of the keys. */
	List<ConsumptionProbe> consume(List<String> keys, BucketConfiguration configuration, Limit limit);

	@Override
	default void close() {
	}

	/** Thrown when the counters cannot be reached; a check then refuses rather than allows. */
	final class Unavailable extends RuntimeException {

		Unavailable(String message, Throwable cause) {
			super(message, cause);
		}
	}
}
