package lu.boutik.marketplace.client;

import java.time.Duration;

/**
 * How often a transient failure is retried: up to {@code attempts} tries in all, waiting {@code firstBackoff} after
 * the first failure and twice as long after each next one, never more than {@code maxBackoff}.
 */
public record RetryPolicy(int attempts, Duration firstBackoff, Duration maxBackoff) {

	public static final RetryPolicy DEFAULT = new RetryPolicy(4, Duration.ofMillis(500), Duration.ofSeconds(8));

	public RetryPolicy {

		if (attempts < 1 || attempts > 10) {
			throw new IllegalArgumentException("attempts must be between 1 and 10");
		}
		if (firstBackoff.isNegative() || maxBackoff.compareTo(firstBackoff) < 0) {
			throw new IllegalArgumentException("backoffs must be positive and max at least first");
		}
	}

	Duration backoffAfter(int failedAttempt) {

		var backoff = firstBackoff.multipliedBy(1L << Math.min(failedAttempt - 1, 20));
		return backoff.compareTo(maxBackoff) > 0 ? maxBackoff : backoff;
	}
}
