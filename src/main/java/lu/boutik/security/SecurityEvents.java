package lu.boutik.security;

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

	private final MeterRegistry meters;

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

	public void rateLimited(String limit) {
		record("rate_limited", limit);
	}

	private void record(String event, String where) {

		LOG.info("Security event {} at {}.", event, where.length() > 120 ? where.substring(0, 120) : where);
		meters.counter("boutik.security.events", "event", event).increment();
	}
}
