package lu.boutik.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The rate limits of sign-in and account recovery, and what happens when their shared store fails.
 * <p>
 * Each limit allows its number of attempts at once and regains one attempt per window divided by that number, so no
 * span of one window ever sees more than twice the number, and a steady attacker gets exactly the number per window.
 * The state lives in Redis when {@code spring.data.redis.url} is set, in this process's memory otherwise.
 *
 * @param signInAttempts sign-in attempts per window, per client address and per account
 * @param signInWindow the sign-in window
 * @param recoveryAttempts forgot-password, reset-password and resend-verification attempts per window
 * @param recoveryWindow the recovery window
 * @param registrationAttempts customer registrations per window
 * @param registrationWindow the registration window
 * @param singleInstance declares that only one instance runs, which the in-memory state needs in production
 * @param onRedisFailure {@code fail-closed} refuses with 503 while Redis cannot be reached; {@code local} counts in
 *        this process's memory until it is back
 * @param outageRetryAfter the {@code Retry-After} of a refusal while Redis cannot be reached
 * @param outageLogInterval how often an ongoing Redis outage is logged
 * @param redisTimeout how long one check may wait for Redis
 * @param localCapacity how many counters each limit keeps in memory at most
 */
@ConfigurationProperties("boutik.rate-limit")
public record RateLimitProperties(
		@DefaultValue("5") int signInAttempts,
		@DefaultValue("300s") Duration signInWindow,
		@DefaultValue("3") int recoveryAttempts,
		@DefaultValue("3600s") Duration recoveryWindow,
		@DefaultValue("10") int registrationAttempts,
		@DefaultValue("3600s") Duration registrationWindow,
		@DefaultValue("false") boolean singleInstance,
		@DefaultValue("fail-closed") OnRedisFailure onRedisFailure,
		@DefaultValue("30s") Duration outageRetryAfter,
		@DefaultValue("60s") Duration outageLogInterval,
		@DefaultValue("500ms") Duration redisTimeout,
		@DefaultValue("200000") int localCapacity) {

	public enum OnRedisFailure {
		FAIL_CLOSED, LOCAL
	}

	int attempts(Limit limit) {
		return switch (limit) {
			case SIGN_IN -> signInAttempts;
			case RECOVERY -> recoveryAttempts;
			case REGISTRATION -> registrationAttempts;
		};
	}

	Duration window(Limit limit) {
		return switch (limit) {
			case SIGN_IN -> signInWindow;
			case RECOVERY -> recoveryWindow;
			case REGISTRATION -> registrationWindow;
		};
	}
}
