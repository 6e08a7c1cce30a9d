package lu.boutik.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
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
 * <p>
 * A counter seen empty is remembered here until its next attempt is due, and checks against it refuse at once,
 * without asking the counters again and without spending the other counter of the attempt: a flood costs no
 * round trip, and a client refused for its address does not also use up the attempts of the account it aims at.
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
	private final Cache<String, Long> blocked;

	RateLimits(LimitBackend backend, @Nullable LimitBackend fallback, RateLimitProperties properties,
			SecurityEvents events, MeterRegistry meters, Clock clock) {

		this.backend = backend;
		this.fallback = fallback;
		this.properties = properties;
		this.events = events;
		this.clock = clock;
		this.outages = meters.counter("boutik.rate_limit.backend_failures");
		this.lastOutageLog = new AtomicLong(clock.millis() - properties.outageLogInterval().toMillis());
		this.blocked = Caffeine.newBuilder()
				.expireAfterWrite(Arrays.stream(Limit.values()).map(properties::window).max(Duration::compareTo)
						.orElseThrow())
				.maximumSize(properties.localCapacity())
				.build();

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

		var keys = List.of(addressKey(limit, realm, client), scope(limit, realm) + ":id:" + hash(identifier));
		var now = System.nanoTime();
		var known = keys.stream().mapToLong(key -> blockedFor(key, now)).max().orElse(0);
		if (known > 0) {
			throw refusal(limit, known);
		}

		var probes = consume(keys, limit);
		var wait = 0L;
		for (int i = 0; i < probes.size(); i++) {
			var probe = probes.get(i);
			if (!probe.isConsumed()) {
				blocked.put(keys.get(i), now + probe.getNanosToWaitForRefill());
				wait = Math.max(wait, probe.getNanosToWaitForRefill());
			}
		}
		if (wait > 0) {
			throw refusal(limit, wait);
		}
	}

	/**
	 * The refusal that a check of {@code limit} for this client would give in any case, known without asking the
	 * counters: a counter seen empty stays empty until its next attempt is due, whatever other instances do.
	 */
	public Optional<Problem> knownRefusal(Limit limit, Realm realm, ClientAddress client) {

		var wait = blockedFor(addressKey(limit, realm, client), System.nanoTime());
		return wait > 0 ? Optional.of(refusal(limit, wait)) : Optional.empty();
	}

	private long blockedFor(String key, long now) {

		var until = blocked.getIfPresent(key);
		return until == null ? 0 : Math.max(0, until - now);
	}

	private Problem refusal(Limit limit, long waitNanos) {

		events.rateLimited(limit.slug());
		var seconds = Math.max(1, Duration.ofNanos(waitNanos).toSeconds() + 1);
		return new Problem(HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "Too many attempts",
				"Too many attempts; try again later.")
				.with("retry_after", seconds)
				.withHeader("Retry-After", Long.toString(seconds));
	}

	private static String scope(Limit limit, Realm realm) {
		return PREFIX + limit.slug() + ":" + realm.name().toLowerCase(java.util.Locale.ROOT);
	}

	private static String addressKey(Limit limit, Realm realm, ClientAddress client) {
		return scope(limit, realm) + ":ip:" + client.limitKey();
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
