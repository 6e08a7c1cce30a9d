package lu.boutik.core.http;

import java.time.Duration;

import org.springframework.util.Assert;

/**
 * How much one fetch may take.
 *
 * @param maxBytes the most body bytes the answer may have once decoded; a compressed answer is counted on its decoded
 *        side, so a small archive that inflates past the cap fails
 * @param totalTime the longest the whole exchange may last, from the first lookup through every redirect to the last
 *        byte the {@link BodyReader} reads; when it is up the connection is aborted, however slowly bytes still come
 */
public record Limits(long maxBytes, Duration totalTime) {

	/**
	 * 50 MB (of 1,048,576 bytes) and 60 seconds: room for a large product feed, short enough to free a worker stuck
	 * on a slow server.
	 */
	public static final Limits DEFAULTS = new Limits(50L * 1024 * 1024, Duration.ofSeconds(60));

	public Limits {
		Assert.isTrue(maxBytes > 0, "maxBytes must be positive");
		Assert.isTrue(totalTime.isPositive(), "totalTime must be positive");
	}

	public Limits withMaxBytes(long maxBytes) {
		return new Limits(maxBytes, totalTime);
	}

	public Limits withTotalTime(Duration totalTime) {
		return new Limits(maxBytes, totalTime);
	}

	String describeBytes() {
		return maxBytes % (1024 * 1024) == 0 ? maxBytes / (1024 * 1024) + " MB" : maxBytes + " bytes";
	}

	String describeTime() {
		return totalTime.toMillis() % 1000 == 0 ? totalTime.toSeconds() + " s" : totalTime.toMillis() + " ms";
	}
}
