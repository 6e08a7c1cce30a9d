package lu.boutik.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import redis.embedded.RedisServer;

/**
 * The Redis counters against a real Redis on loopback: the policy of the in-memory counters, one command per check.
 */
class RedisLimitsIntegrationTest {

	static final BucketConfiguration THREE_PER_TWO_SECONDS = BucketConfiguration.builder()
			.addLimit(bandwidth -> bandwidth.capacity(3).refillGreedy(3, Duration.ofSeconds(2)))
			.build();
	static final BucketConfiguration FIVE_PER_FIVE_MINUTES = BucketConfiguration.builder()
			.addLimit(bandwidth -> bandwidth.capacity(5).refillGreedy(5, Duration.ofMinutes(5)))
			.build();
	static final long THIRD_OF_TWO_SECONDS = Duration.ofMillis(667).toNanos();

	static int port;
	static RedisServer redis;
	static RedisClient client;
	static StatefulRedisConnection<String, String> inspection;

	RateLimitProperties properties = new RateLimitProperties(5, Duration.ofSeconds(300), 3, Duration.ofSeconds(3600),
			10, Duration.ofSeconds(3600), false, RateLimitProperties.OnRedisFailure.FAIL_CLOSED,
			Duration.ofSeconds(30), Duration.ofSeconds(60), Duration.ofMillis(500), 1000);
	RedisLimits limits = new RedisLimits("redis://127.0.0.1:" + port, properties, Clock.systemUTC());

	@BeforeAll
	static void start() throws IOException {

		try (var socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		redis = RedisServer.newRedisServer().bind("127.0.0.1").port(port).build();
		redis.start();
		client = RedisClient.create("redis://127.0.0.1:" + port);
		inspection = client.connect();
	}

	@AfterEach
	void closeLimits() {
		limits.close();
	}

	@AfterAll
	static void stop() throws IOException {

		inspection.close();
		client.shutdown();
		redis.stop();
	}

	@Test
	void regainsOneAttemptPerThirdOfTheWindow() throws InterruptedException {

		var key = freshKey();
		for (int remaining = 2; remaining >= 0; remaining--) {
			var probe = consume(THREE_PER_TWO_SECONDS, key).getFirst();
			assertThat(probe.isConsumed()).isTrue();
			assertThat(probe.getRemainingTokens()).isEqualTo(remaining);
		}

		var refused = consume(THREE_PER_TWO_SECONDS, key).getFirst();
		assertThat(refused.isConsumed()).isFalse();
		assertThat(refused.getNanosToWaitForRefill()).isPositive().isLessThanOrEqualTo(THIRD_OF_TWO_SECONDS);
		assertThat(consume(THREE_PER_TWO_SECONDS, key).getFirst().isConsumed()).isFalse();

		Thread.sleep(Duration.ofNanos(refused.getNanosToWaitForRefill()).plusMillis(50));
		assertThat(consume(THREE_PER_TWO_SECONDS, key).getFirst().isConsumed()).isTrue();
	}

	@Test
	void answersLikeTheInMemoryCounters() {

		var key = freshKey();
		var local = new LocalLimits(properties);
		for (int i = 0; i < 5; i++) {
			var shared = consume(FIVE_PER_FIVE_MINUTES, key).getFirst();
			var own = local.consume(List.of(key), FIVE_PER_FIVE_MINUTES, Limit.SIGN_IN).getFirst();
			assertThat(shared.isConsumed()).isEqualTo(own.isConsumed()).isTrue();
			assertThat(shared.getRemainingTokens()).isEqualTo(own.getRemainingTokens());
		}

		var shared = consume(FIVE_PER_FIVE_MINUTES, key).getFirst();
		var own = local.consume(List.of(key), FIVE_PER_FIVE_MINUTES, Limit.SIGN_IN).getFirst();
		assertThat(shared.isConsumed()).isEqualTo(own.isConsumed()).isFalse();
		assertThat(Duration.ofNanos(shared.getNanosToWaitForRefill()))
				.isCloseTo(Duration.ofNanos(own.getNanosToWaitForRefill()), Duration.ofMillis(250));
	}

	@Test
	void expiresACounterWhenItsBucketWouldBeFullAgain() {

		var key = freshKey();
		consume(THREE_PER_TWO_SECONDS, key);
		assertThat(inspection.sync().pttl(key)).isBetween(1L, 667L);

		consume(THREE_PER_TWO_SECONDS, key);
		consume(THREE_PER_TWO_SECONDS, key);
		assertThat(inspection.sync().pttl(key)).isBetween(1334L, 2000L);

		consume(THREE_PER_TWO_SECONDS, key);
		assertThat(inspection.sync().pttl(key)).as("a refusal leaves the expiry alone").isBetween(1L, 2000L);
	}

	@Test
	void keepsTheCountersOfOneCheckApart() {

		var spent = freshKey();
		var fresh = freshKey();
		for (int i = 0; i < 3; i++) {
			consume(THREE_PER_TWO_SECONDS, spent);
		}

		var probes = consume(THREE_PER_TWO_SECONDS, spent, fresh);
		assertThat(probes.get(0).isConsumed()).isFalse();
		assertThat(probes.get(1).isConsumed()).isTrue();
		assertThat(probes.get(1).getRemainingTokens()).isEqualTo(2);
		assertThat(inspection.sync().exists(freshKey())).isZero();
	}

	@Test
	void takesEveryCounterOfACheckInOneCommand() throws IOException {

		consume(FIVE_PER_FIVE_MINUTES, freshKey());
		try (var monitor = new Socket("127.0.0.1", port)) {
			monitor.setSoTimeout(5_000);
			var replies = new BufferedReader(new InputStreamReader(monitor.getInputStream(), StandardCharsets.UTF_8));
			monitor.getOutputStream().write("MONITOR\r\n".getBytes(StandardCharsets.US_ASCII));
			assertThat(replies.readLine()).isEqualTo("+OK");

			consume(FIVE_PER_FIVE_MINUTES, freshKey(), freshKey());
			inspection.sync().echo("checked");

			// Redis lists what a script calls as coming from "lua"; only commands from clients cross the network.
			var sent = new ArrayList<String>();
			for (int i = 0; i < 100; i++) {
				var line = replies.readLine();
				if (line == null || line.toLowerCase(Locale.ROOT).endsWith("\"echo\" \"checked\"")) {
					break;
				}
				if (!line.contains(" lua] ")) {
					sent.add(line);
				}
			}
			assertThat(sent).singleElement().asString().containsIgnoringCase("\"evalsha\"");
		}
	}

	@Test
	void sendsTheWholeScriptWhenRedisHasForgottenIt() {

		var key = freshKey();
		consume(FIVE_PER_FIVE_MINUTES, key);
		inspection.sync().scriptFlush();

		var probe = consume(FIVE_PER_FIVE_MINUTES, key).getFirst();
		assertThat(probe.isConsumed()).isTrue();
		assertThat(probe.getRemainingTokens()).isEqualTo(3);
		assertThat(consume(FIVE_PER_FIVE_MINUTES, key).getFirst().getRemainingTokens()).isEqualTo(2);
	}

	@Test
	void countsAStateItCannotReadAsSpent() {

		var key = freshKey();
		inspection.sync().set(key, "written by something else");

		assertThat(consume(FIVE_PER_FIVE_MINUTES, key).getFirst().isConsumed()).isFalse();
		assertThat(inspection.sync().get(key)).matches("0:\\d+");
		assertThat(inspection.sync().pttl(key)).isBetween(1L, Duration.ofMinutes(5).toMillis());
	}

	@Test
	void letsExactlyFiveOfTwentyParallelAttemptsThrough() throws Exception {

		var key = freshKey();
		List<Callable<Boolean>> attempts = IntStream.range(0, 20)
				.<Callable<Boolean>>mapToObj(i -> () -> consume(FIVE_PER_FIVE_MINUTES, key).getFirst().isConsumed())
				.toList();

		var allowed = 0;
		try (var executor = Executors.newFixedThreadPool(20)) {
			for (Future<Boolean> result : executor.invokeAll(attempts)) {
				allowed += result.get() ? 1 : 0;
			}
		}
		assertThat(allowed).isEqualTo(5);
	}

	private List<ConsumptionProbe> consume(BucketConfiguration configuration, String... keys) {
		return limits.consume(List.of(keys), configuration, Limit.SIGN_IN);
	}

	private static String freshKey() {
		return "boutik:rl:test:" + UUID.randomUUID();
	}
}
