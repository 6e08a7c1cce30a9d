import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import inet.ipaddr.IPAddressString;
import io.lettuce.core.RedisClient;
import lu.boutik.BoutikApplication;
import lu.boutik.core.web.Problem;
import lu.boutik.security.ClientAddress;
import lu.boutik.security.Limit;
import lu.boutik.security.RateLimits;
import lu.boutik.security.Realm;
import org.springframework.boot.builder.SpringApplicationBuilder;
import redis.embedded.RedisServer;

/**
 * Measures, on this machine and in one run, what a refused sign-in costs and what a Redis-backed limit check adds.
 * <p>
 * It starts an embedded Redis and one platform instance whose limits live in that Redis, both on loopback. Then:
 * wrk drives refused (429) sign-ins and the cheapest endpoints of the same server for a fixed time each, warmed up
 * first and taken as the best of interleaved rounds, since other work on the machine skews single runs; and, inside
 * the process, it times Redis's own PING round trip against full limit checks (client address plus identifier).
 * Every request goes to 127.0.0.1; every loop is bounded in count or time.
 */
public class SignInBenchmark {

	static final Duration LOAD = Duration.ofSeconds(Integer.getInteger("bench.seconds", 8));
	static final Duration WARM_UP_LOAD = Duration.ofSeconds(5);
	static final int ROUNDS = 2;
	static final int THREADS = 2;
	static final int CONNECTIONS = 32;
	static final int WARM_UP = Integer.getInteger("bench.warmup", 20_000);
	static final int SAMPLES = 10_000;

	public static void main(String[] args) throws Exception {

		var redisPort = freePort();
		var redis = RedisServer.newRedisServer().bind("127.0.0.1").port(redisPort).build();
		redis.start();
		var mail = Files.createTempDirectory("boutik-bench-mail");
		var memory = Boolean.getBoolean("bench.memory");
		var app = new SpringApplicationBuilder(BoutikApplication.class).properties(Map.of(
				"server.port", "0",
				"server.address", "127.0.0.1",
				"spring.data.redis.url", memory ? "" : "redis://127.0.0.1:" + redisPort,
				"boutik.embedded-database.data-directory", "",
				"boutik.notifications.mail-directory", mail.toString(),
				"logging.level.root", "warn",
				"management.endpoint.health.probes.enabled", "true",
				"jobrunr.background-job-server.enabled", "false")).run();

		try {
			var base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
			var results = new ArrayList<String>();

			var login = base + "/api/v1/admin/auth/login";
			var body = "{\"email\": \"bench@boutik.test\", \"password\": \"wrong-password-guess\"}";
			exhaust(login, body);
			var script = Files.createTempFile("boutik-bench", ".lua");
			Files.writeString(script, "wrk.method = \"POST\"\nwrk.body = '" + body + "'\n"
					+ "wrk.headers[\"Content-Type\"] = \"application/json\"\n");

			var health = base + "/actuator/health/liveness";
			var missing = base + "/no/such/page";
			for (var warm : List.of(login, health, missing)) {
				wrk(warm, warm.equals(login) ? script : null, WARM_UP_LOAD);
			}
			var refused = 0.0;
			var liveness = 0.0;
			var notFound = 0.0;
			for (int round = 0; round < ROUNDS; round++) {
				refused = Math.max(refused, wrk(login, script, LOAD));
				liveness = Math.max(liveness, wrk(health, null, LOAD));
				notFound = Math.max(notFound, wrk(missing, null, LOAD));
			}
			var cheapest = Math.max(liveness, notFound);

			results.add(String.format(Locale.ROOT, "%-52s %10.0f req/s",
					memory ? "refused sign-in (429, in memory)" : "refused sign-in (429, Redis-backed)", refused));
			results.add(String.format(Locale.ROOT, "%-52s %10.0f req/s", "GET /actuator/health/liveness", liveness));
			results.add(String.format(Locale.ROOT, "%-52s %10.0f req/s", "GET /no/such/page (404 problem)", notFound));
			results.add(String.format(Locale.ROOT, "%-52s %10.0f %%   (target >= 80 %%)",
					"refusals / cheapest endpoint", 100 * refused / cheapest));

			var limits = app.getBean(RateLimits.class);
			var client = RedisClient.create("redis://127.0.0.1:" + redisPort);
			try (var connection = client.connect()) {
				var commands = connection.sync();
				var ping = time(i -> commands.ping());
				commands.configResetstat();
				var allowed = time(i -> limits.check(Limit.SIGN_IN, Realm.ADMIN, address(i), "fresh-" + i));
				var calls = Pattern.compile("cmdstat_(\\w+):calls=(\\d+)").matcher(commands.info("commandstats"));
				var perCheck = new StringBuilder();
				while (calls.find()) {
					perCheck.append(String.format(Locale.ROOT, " %s %.2f", calls.group(1),
							Double.parseDouble(calls.group(2)) / (WARM_UP + SAMPLES)));
				}
				var steady = time(i -> check(limits, address(0), "steady"));

				results.add("");
				results.add(String.format(Locale.ROOT, "%-52s %10s %10s %8s", "", "median us", "p99 us", "x PING"));
				results.add(row("Redis PING round trip", ping, ping));
				results.add(row("limit check, new counters (allowed)", allowed, ping));
				results.add(row("limit check, spent counters (refused)", steady, ping));
				results.add("Redis commands per allowed check:" + perCheck);
				results.add("target: a limit check under 2 PING round trips");
			}
			finally {
				client.shutdown();
			}

			System.out.println();
			System.out.println("Boutik sign-in benchmark, best of " + ROUNDS + " loads of " + LOAD.toSeconds()
					+ " s after warm-up, wrk " + THREADS
					+ " threads " + CONNECTIONS + " connections, " + SAMPLES + " latency samples, "
					+ Runtime.getRuntime().availableProcessors() + " cores");
			results.forEach(System.out::println);
		}
		finally {
			app.close();
			redis.stop();
		}
	}

	/** Spends the attempts of the benchmark's account, so that every later sign-in is refused. */
	static void exhaust(String login, String body) throws IOException, InterruptedException {

		var http = HttpClient.newHttpClient();
		for (int i = 0; i < 6; i++) {
			http.send(HttpRequest.newBuilder(URI.create(login)).header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
		}
		var status = http.send(HttpRequest.newBuilder(URI.create(login)).header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding())
				.statusCode();
		if (status != 429) {
			throw new IllegalStateException("sign-in is not refused: " + status);
		}
	}

	static double wrk(String url, Path script, Duration load) throws IOException, InterruptedException {

		var command = new ArrayList<>(List.of("wrk", "-t" + THREADS, "-c" + CONNECTIONS, "-d" + load.toSeconds() + "s",
				"--timeout", "5s"));
		if (script != null) {
			command.addAll(List.of("-s", script.toString()));
		}
		command.add(url);
		var process = new ProcessBuilder(command).redirectErrorStream(true).start();
		var output = new String(process.getInputStream().readAllBytes());
		process.waitFor();
		if (Boolean.getBoolean("bench.verbose")) {
			System.out.println(output);
		}
		var matcher = Pattern.compile("Requests/sec:\\s+([0-9.]+)").matcher(output);
		if (!matcher.find()) {
			throw new IllegalStateException("wrk failed:\n" + output);
		}
		return Double.parseDouble(matcher.group(1));
	}

	interface Sample {
		void run(int i) throws Exception;
	}

	static long[] time(Sample sample) throws Exception {

		for (int i = 0; i < WARM_UP; i++) {
			sample.run(1_000_000 + i);
		}
		var nanos = new long[SAMPLES];
		for (int i = 0; i < SAMPLES; i++) {
			var started = System.nanoTime();
			sample.run(i);
			nanos[i] = System.nanoTime() - started;
		}
		Arrays.sort(nanos);
		return nanos;
	}

	static void check(RateLimits limits, ClientAddress client, String identifier) {
		try {
			limits.check(Limit.SIGN_IN, Realm.ADMIN, client, identifier);
		}
		catch (Problem refused) {
			// refused: the case being timed
		}
	}

	static ClientAddress address(int i) {
		return new ClientAddress(new IPAddressString("2001:db8:" + Integer.toHexString(i >>> 16) + ":"
				+ Integer.toHexString(i & 0xffff) + "::1").getAddress());
	}

	static String row(String name, long[] nanos, long[] ping) {

		var median = nanos[nanos.length / 2] / 1000.0;
		var p99 = nanos[nanos.length * 99 / 100] / 1000.0;
		return String.format(Locale.ROOT, "%-52s %10.1f %10.1f %8.2f", name, median, p99,
				(double) nanos[nanos.length / 2] / ping[ping.length / 2]);
	}

	static int freePort() throws IOException {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}
}
