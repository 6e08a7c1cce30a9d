package lu.boutik.security;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.http.HttpServletRequest;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Logs and counts security events. Lines name the event and the route, never an account, a token or an address.
 */
@Component
public class SecurityEvents {

	private static final Logger LOG = LoggerFactory.getLogger(SecurityEvents.class);

	static final long FLOOD_LOG_INTERVAL = Duration.ofSeconds(10).toNanos();

	private final MeterRegistry meters;
	private final Map<String, AtomicLong> lastLogged = new ConcurrentHashMap<>();
	private final Map<String, AtomicLong> heldBack = new ConcurrentHashMap<>();

	SecurityEvents(MeterRegistry meters) {
		this.meters = meters;
	}

	void unauthenticated(HttpServletRequest request) {
		record("unauthenticated", request.getRequestURI());
	}

	void permissionDenied(HttpServletRequest request) {
		record("permission_denied", request.getRequestURI());
	}

	public void signInFailed(Realm realm) {
		record("sign_in_failed", realm.audience());
	}

	/**
	 * Counts every refusal, but logs at most one line per limit per {@link #FLOOD_LOG_INTERVAL}, with the number held
	 * back: under a flood, a line per refusal would cost more than the refusal and bury everything else.
	 */
	public void rateLimited(String limit) {

		meters.counter("boutik.security.events", "event", "rate_limited").increment();
		var held = heldBack.computeIfAbsent(limit, key -> new AtomicLong());
		var last = lastLogged.computeIfAbsent(limit, key -> new AtomicLong(System.nanoTime() - FLOOD_LOG_INTERVAL));
		var now = System.nanoTime();
		var previous = last.get();
		if (now - previous >= FLOOD_LOG_INTERVAL && last.compareAndSet(previous, now)) {
			LOG.info("Security event rate_limited at {} ({} more since the last line).", limit, held.getAndSet(0));
		}
		else {
			held.incrementAndGet();
		}
	}

	private void record(String event, String where) {

		LOG.info("Security event {} at {}.", event, where.length() > 120 ? where.substring(0, 120) : where);
		meters.counter("boutik.security.events", "event", event).increment();
	}
}
