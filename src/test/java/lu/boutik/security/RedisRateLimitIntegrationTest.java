package lu.boutik.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import lu.boutik.BoutikApplication;
import lu.boutik.test.Api;
import lu.boutik.test.Tenants;
import lu.boutik.test.TestMail;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import redis.embedded.RedisServer;

/**
 * Two instances of the platform behind one Redis and one PostgreSQL, as a deployment with a load balancer runs them.
 * Both run as if on Kubernetes, where Spring Boot would otherwise trust forwarded headers through Tomcat's
 * remote-IP valve.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RedisRateLimitIntegrationTest {

	static final String WRONG = "wrong-password-guess";

	static int redisPort;
	static RedisServer redis;
	static ConfigurableApplicationContext first;
	static ConfigurableApplicationContext second;
	static Api one;
	static Api two;

	@BeforeAll
	static void start() throws IOException {

		redisPort = freePort();
		redis = redis(redisPort);
		redis.start();

		first = instance(Map.of());
		var database = first.getBean(EmbeddedPostgres.class).getJdbcUrl("postgres", "postgres");
		second = instance(Map.of("spring.datasource.url", database, "spring.datasource.username", "postgres"));
		one = new Api(port(first));
		two = new Api(port(second));
	}

	@AfterAll
	static void stop() throws IOException {

		if (second != null) {
			second.close();
		}
		if (first != null) {
			first.close();
		}
		if (redis != null && redis.isActive()) {
			redis.stop();
		}
	}

	@Test
	@Order(1)
	void refusesTheSixthAttemptAcrossBothInstances() {

		var email = Tenants.freshEmail("shared", "x.lu");
		for (int i = 0; i < 5; i++) {
			var instance = i % 2 == 0 ? one : two;
			assertThat(signIn(instance.as(Api.freshAddress()), email).status()).isEqualTo(401);
		}

		assertThat(signIn(one.as(Api.freshAddress()), email).status()).isEqualTo(429);
		assertThat(signIn(two.as(Api.freshAddress()), email).status()).isEqualTo(429);
	}

	@Test
	@Order(2)
	void refusesRotatingSpoofedHeadersFromAnUntrustedPeerAcrossBothInstances() {

		for (int i = 0; i < 5; i++) {
			var reply = spoofedSignIn(Api.untrustedPeer(port(i % 2 == 0 ? first : second)), i);
			assertThat(reply.status()).as(reply.text()).isEqualTo(401);
		}

		assertThat(spoofedSignIn(Api.untrustedPeer(port(second)), 5).status()).isEqualTo(429);
	}

	@Test
	@Order(3)
	void refusesRatherThanAllowsWhileRedisIsDownAndRecoversAfter() throws IOException {

		var failures = first.getBean(MeterRegistry.class).counter("boutik.rate_limit.backend_failures");
		var before = failures.count();
		redis.stop();
		try {
			for (int i = 0; i < 3; i++) {
				var reply = signIn(one.as(Api.freshAddress()), Tenants.freshEmail("outage", "x.lu"));
				assertThat(reply.status()).as(reply.text()).isEqualTo(503);
				assertThat(reply.header("Retry-After")).isEqualTo("30");
				assertThat(reply.json().get("type").asString())
						.isEqualTo("https://boutik.lu/problems/rate-limiter-unavailable");
			}
			assertThat(failures.count()).isGreaterThanOrEqualTo(before + 3);
		}
		finally {
			redis = redis(redisPort);
			redis.start();
		}

		var deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		var status = 0;
		while (status != 401 && System.nanoTime() < deadline) {
			status = signIn(one.as(Api.freshAddress()), Tenants.freshEmail("back", "x.lu")).status();
		}
		assertThat(status).isEqualTo(401);
	}

	private static Api.Reply signIn(Api api, String email) {
		return api.post("/api/v1/admin/auth/login", null, Map.of("email", email, "password", WRONG));
	}

	private static Api.Reply spoofedSignIn(Api attacker, int round) {

		var forged = "198.51.100." + (10 + round);
		return attacker.send("POST", "/api/v1/admin/auth/login", null,
				Map.of("Content-Type", "application/json", "X-Forwarded-For", forged, "Forwarded", "for=" + forged,
						"CF-Connecting-IP", forged, "X-Real-IP", forged),
				HttpRequest.BodyPublishers.ofString("{\"email\": \"" + Tenants.freshEmail("spoof", "x.lu")
						+ "\", \"password\": \"" + WRONG + "\"}"));
	}

	private static ConfigurableApplicationContext instance(Map<String, Object> extra) {

		var properties = new java.util.HashMap<String, Object>(Map.of(
				"server.port", "0",
				"spring.data.redis.url", "redis://127.0.0.1:" + redisPort,
				"spring.main.cloud-platform", "kubernetes",
				"spring.mail.host", "127.0.0.1",
				"spring.mail.port", TestMail.port(),
				"jobrunr.background-job-server.enabled", "false"));
		properties.putAll(extra);
		return new SpringApplicationBuilder(BoutikApplication.class).profiles("test").properties(properties).run();
	}

	private static int port(ConfigurableApplicationContext context) {
		return Integer.parseInt(context.getEnvironment().getProperty("local.server.port", "0"));
	}

	private static RedisServer redis(int port) throws IOException {
		return RedisServer.newRedisServer().bind("127.0.0.1").port(port).build();
	}

	private static int freePort() throws IOException {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}
}
