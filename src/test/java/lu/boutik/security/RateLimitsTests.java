package lu.boutik.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import lu.boutik.core.web.Problem;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;

class RateLimitsTests {

	SimpleMeterRegistry meters = new SimpleMeterRegistry();
	SecurityEvents events = new SecurityEvents(meters);
	RateLimitProperties properties = properties(RateLimitProperties.OnRedisFailure.FAIL_CLOSED);

	@Test
	void refusesSixthSignInWithinTheWindowWithRetryAfter() {

		var limits = local();
		var client = client("203.0.113.10");
		for (int i = 0; i < 5; i++) {
			limits.check(Limit.SIGN_IN, Realm.ADMIN, client, "someone@boutik.test");
		}

		var refused = catchThrowableOfType(Problem.class,
				() -> limits.check(Limit.SIGN_IN, Realm.ADMIN, client, "someone@boutik.test"));

		assertThat(refused.status()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
		assertThat(Long.parseLong(refused.headers().get("Retry-After"))).isBetween(1L, 61L);
		assertThat(meters.counter("boutik.security.events", "event", "rate_limited").count()).isEqualTo(1);
	}

	@Test
	void countsPerClientAcrossIdentifiersAndPerIdentifierAcrossClients() {

		var limits = local();
		for (int i = 0; i < 5; i++) {
			limits.check(Limit.SIGN_IN, Realm.ADMIN, client("203.0.113.11"), "account-" + i + "@boutik.test");
			limits.check(Limit.SIGN_IN, Realm.ADMIN, client("198.51.100." + i), "target@boutik.test");
		}

		assertThatExceptionOfType(Problem.class).isThrownBy(
				() -> limits.check(Limit.SIGN_IN, Realm.ADMIN, client("203.0.113.11"), "fresh@boutik.test"));
		assertThatExceptionOfType(Problem.class).isThrownBy(
				() -> limits.check(Limit.SIGN_IN, Realm.ADMIN, client("198.51.100.77"), "target@boutik.test"));
	}

	@Test
	void keepsRealmsAndLimitsApart() {

		var limits = local();
		var client = client("203.0.113.12");
		for (int i = 0; i < 5; i++) {
			limits.check(Limit.SIGN_IN, Realm.ADMIN, client, "same@boutik.test");
		}

		limits.check(Limit.SIGN_IN, Realm.MERCHANT, client, "same@boutik.test");
		limits.check(Limit.RECOVERY, Realm.ADMIN, client, "same@boutik.test");
	}

	@Test
	void refusesFourthRecoveryWithinTheHour() {

		var limits = local();
		var client = client("203.0.113.13");
		for (int i = 0; i < 3; i++) {
			limits.check(Limit.RECOVERY, Realm.CUSTOMER, client, "shop/someone@boutik.test");
		}

		var refused = catchThrowableOfType(Problem.class,
				() -> limits.check(Limit.RECOVERY, Realm.CUSTOMER, client, "shop/someone@boutik.test"));
		assertThat(Long.parseLong(refused.headers().get("Retry-After"))).isGreaterThan(1000);
	}

	@Test
	void letsExactlyFiveOfTwentyParallelAttemptsThrough() throws Exception {

		var limits = local();
		var client = client("203.0.113.14");
		var allowed = new AtomicInteger();
		List<Callable<Void>> attempts = IntStream.range(0, 20).<Callable<Void>>mapToObj(i -> () -> {
			try {
				limits.check(Limit.SIGN_IN, Realm.STORE, client, "shop/parallel@boutik.test");
				allowed.incrementAndGet();
			}
			catch (Problem refused) {
				assertThat(refused.status()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
			}
			return null;
		}).toList();

		try (var executor = Executors.newFixedThreadPool(20)) {
			for (Future<Void> result : executor.invokeAll(attempts)) {
				result.get();
			}
		}
		assertThat(allowed).hasValue(5);
	}

	@Test
	void refusesWithServiceUnavailableWhenTheSharedCountersFailAndLogsTheOutageOnce() {

		var limits = new RateLimits(new Broken(), null, properties, events, meters, Clock.systemUTC());
		var logger = (Logger) LoggerFactory.getLogger(RateLimits.class);
		var log = new ListAppender<ILoggingEvent>();
		log.start();
		logger.addAppender(log);

		for (int i = 0; i < 3; i++) {
			var refused = catchThrowableOfType(Problem.class,
					() -> limits.check(Limit.SIGN_IN, Realm.ADMIN, client("203.0.113.15"), "x@boutik.test"));
			assertThat(refused.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
			assertThat(refused.headers()).containsEntry("Retry-After", "30");
		}
		assertThat(meters.counter("boutik.rate_limit.backend_failures").count()).isEqualTo(3);
		logger.detachAppender(log);
		assertThat(log.list).hasSize(1);
		assertThat(log.list.getFirst().getLevel()).isEqualTo(Level.WARN);
	}

	@Test
	void countsLocallyWhenSoConfiguredWhileTheSharedCountersFail() {

		var fallback = properties(RateLimitProperties.OnRedisFailure.LOCAL);
		var limits = new RateLimits(new Broken(), new LocalLimits(fallback), fallback, events, meters,
				Clock.systemUTC());
		for (int i = 0; i < 5; i++) {
			limits.check(Limit.SIGN_IN, Realm.ADMIN, client("203.0.113.16"), "y@boutik.test");
		}

		var refused = catchThrowableOfType(Problem.class,
				() -> limits.check(Limit.SIGN_IN, Realm.ADMIN, client("203.0.113.16"), "y@boutik.test"));
		assertThat(refused.status()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
	}

	private RateLimits local() {
		return new RateLimits(new LocalLimits(properties), null, properties, events, meters, Clock.systemUTC());
	}

	private static ClientAddress client(String address) {
		return new ClientAddress(ClientAddresses.parse(address));
	}

	private static RateLimitProperties properties(RateLimitProperties.OnRedisFailure onFailure) {
		return new RateLimitProperties(5, Duration.ofSeconds(300), 3, Duration.ofSeconds(3600), 10,
				Duration.ofSeconds(3600), false, onFailure, Duration.ofSeconds(30), Duration.ofSeconds(60),
				Duration.ofMillis(500), 1000);
	}

	private static final class Broken implements LimitBackend {

		@Override
		public List<ConsumptionProbe> consume(List<String> keys, BucketConfiguration configuration, Limit limit) {
			throw new Unavailable("down", new IllegalStateException("connection refused"));
		}
	}
}
