package lu.boutik.security;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import lu.boutik.core.web.Problem;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;

/**
 * Checks the rate limits of sign-in and account recovery, before any password is hashed or any mail is sent.
 * <p>
 * Every check takes one attempt from two counters, the client's address and the account identifier, and refuses with
 * {@code 429} and {@code Retry-After} when either is spent. Identifiers are normalised by the caller and stored only
 * as a hash. When the shared counters cannot be reached, checks refuse with {@code 503}, or count locally if so
 * configured; they never let an attempt through uncounted.
 */
public class RateLimits implements AutoCloseable {

	private static final Logger LOG = LoggerFactory.getLogger(RateLimits.class);
	private static final String PREFIX = "boutik:rl:";

	private final LimitBackend backend;
	private final @Nullable LimitBackend fallback;
	private final RateLimitProperties properties;
	private final SecurityEvents events;
	private final Clock clock;
	private final Counter outages;
	private final AtomicLong lastOutageLog;
	private final Map<Limit, BucketConfiguration> configurations = new EnumMap<>(Limit.class);

	RateLimits(LimitBackend backend, @Nullable LimitBackend fallback, RateLimitProperties properties,
			SecurityEvents events, MeterRegistry meters, Clock clock) {

		this.backend = backend;
		this.fallback = fallback;
		this.properties = properties;
		this.events = events;
		this.clock = clock;
		this.outages = meters.counter("boutik.rate_limit.backend_failures");
		this.lastOutageLog = new AtomicLong(clock.millis() - properties.outageLogInterval().toMillis());

		for (var limit : Limit.values()) {
			var attempts = properties.attempts(limit);
			var window = properties.window(limit);
			configurations.put(limit, BucketConfiguration.builder()
					.addLimit(bandwidth -> bandwidth.capacity(attempts).refillGreedy(attempts, window))
					.build());
		}
	}

	/**
	 * Takes one attempt of {@code limit} for the client and the identifier, or refuses with a problem.
	 *
	 * @param identifier the normalised account identifier, qualified by whatever scopes it (a store code)
	 */
	public void check(Limit limit, Realm realm, ClientAddress client, String identifier) {

		var scope = PREFIX + limit.slug() + ":" + realm.name().toLowerCase(java.util.Locale.ROOT);
		var keys = List.of(scope + ":ip:" + client.limitKey(), scope + ":id:" + hash(identifier));

		var probes = consume(keys, limit);
		var wait = probes.stream().filter(probe -> !probe.isConsumed())
				.mapToLong(ConsumptionProbe::getNanosToWaitForRefill)
				.max();
		if (wait.isPresent()) {
			events.rateLimited(limit.slug());
			var seconds = Math.max(1, Duration.ofNanos(wait.getAsLong()).toSeconds() + 1);
			throw new Problem(HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "Too many attempts",
					"Too many attempts; try again later.")
					.with("retry_after", seconds)
					.withHeader("Retry-After", Long.toString(seconds));
		}
	}

	private List<ConsumptionProbe> consume(List<String> keys, Limit limit) {

		var configuration = configurations.get(limit);
		try {
			return backend.consume(keys, configuration, limit);
		}
		catch (LimitBackend.Unavailable exception) {
			outages.increment();
			logOutage(exception);
			if (fallback != null) {
				return fallback.consume(keys, configuration, limit);
			}
			var seconds = Math.max(1, properties.outageRetryAfter().toSeconds());
			throw new Problem(HttpStatus.SERVICE_UNAVAILABLE, "rate-limiter-unavailable", "Temporarily unavailable",
					"Sign-in is unavailable for a moment; try again later.")
					.with("retry_after", seconds)
					.withHeader("Retry-After", Long.toString(seconds));
		}
	}

	private void logOutage(Exception exception) {

		var now = clock.millis();
		var last = lastOutageLog.get();
		if (now - last >= properties.outageLogInterval().toMillis() && lastOutageLog.compareAndSet(last, now)) {
			LOG.warn("Rate-limit counters are unreachable; checks {} until they are back (logged once per {}).",
					fallback == null ? "refuse" : "count in memory", properties.outageLogInterval(), exception);
		}
	}

	@Override
	public void close() {
		backend.close();
	}

	private static String hash(String identifier) {
		return HexFormat.of().formatHex(Hashes.sha256(identifier), 0, 16);
	}
}
