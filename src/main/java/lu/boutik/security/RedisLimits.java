package lu.boutik.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.Delay;
import org.jspecify.annotations.Nullable;

/**
 * Rate-limit counters in Redis, shared by every instance: one Lua script takes an attempt from every counter of a
 * check, so a check costs one round trip however many counters it has.
 * <p>
 * Each counter is a token bucket with the policy {@link LocalLimits} applies in memory: full at the limit's capacity,
 * refilled continuously at its rate, one token per attempt. The clock is Redis's own {@code TIME}, so instances with
 * skewed clocks still agree. A counter is stored as its level and the time of that level, in whole units (one token
 * is as many units as the refill period has milliseconds) so that no rounding drifts; it expires as soon as its
 * bucket would be full again, since a full bucket needs no key.
 * <p>
 * The script is loaded once per connection and then called by its digest; when Redis has forgotten it, after a
 * restart, it is sent whole once and called by digest again afterwards. Commands are refused at once while the
 * connection is down instead of queueing, so an outage turns into fast refusals; Lettuce reconnects in the
 * background.
 * <p>
 * Limits: the counters of one check are one script call, so they must live on one Redis node; Redis Cluster, which
 * spreads keys over slots on different nodes, is not supported. Scripts that call {@code TIME} before writing need
 * Redis 5 or later, which replicates a script's effects rather than the script.
 */
final class RedisLimits implements LimitBackend {

	static final String SCRIPT = """
			local token = tonumber(ARGV[3])
			local rate = tonumber(ARGV[2])
			local capacity = tonumber(ARGV[1]) * token
			local time = redis.call('TIME')
			local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
			local answer = {}
			for _, key in ipairs(KEYS) do
			  local level = capacity
			  local rewrite = false
			  local state = redis.call('GET', key)
			  if state then
			    local stored, at = string.match(state, '^(%d+):(%d+)$')
			    if stored then
			      level = math.min(capacity, tonumber(stored) + math.max(0, now - tonumber(at)) * rate)
			    else
			      -- a state this script cannot read, such as an earlier format, counts as spent: never a free attempt
			      level = 0
			      rewrite = true
			    end
			  end
			  local consumed = 0
			  local wait = 0
			  if level >= token then
			    consumed = 1
			    level = level - token
			  else
			    wait = math.ceil((token - level) / rate)
			  end
			  local full = math.ceil((capacity - level) / rate)
			  if consumed == 1 or rewrite then
			    redis.call('SET', key, string.format('%d:%d', level, now), 'PX', full)
			  end
			  table.insert(answer, consumed)
			  table.insert(answer, math.floor(level / token))
			  table.insert(answer, wait)
			  table.insert(answer, full)
			end
			return answer
			""";

	private static final int ANSWERS_PER_KEY = 4;
	private static final Duration RECONNECT_PAUSE = Duration.ofSeconds(1);

	private final ClientResources resources;
	private final RedisClient client;
	private final Duration timeout;
	private final Clock clock;

	private volatile @Nullable Connected connected;
	private volatile Instant nextConnectAttempt = Instant.MIN;

	private record Connected(StatefulRedisConnection<String, String> connection, String digest) {
	}

	RedisLimits(String url, RateLimitProperties properties, Clock clock) {

		this.timeout = properties.redisTimeout();
		this.clock = clock;
		this.resources = ClientResources.builder()
				.reconnectDelay(Delay.exponential(Duration.ofMillis(50), Duration.ofSeconds(2), 2,
						TimeUnit.MILLISECONDS))
				.build();

		var uri = RedisURI.create(url);
		uri.setTimeout(timeout);
		this.client = RedisClient.create(resources, uri);
		this.client.setOptions(ClientOptions.builder()
				.autoReconnect(true)
				.disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
				.timeoutOptions(TimeoutOptions.enabled(timeout))
				.build());
	}

	@Override
	public List<ConsumptionProbe> consume(List<String> keys, BucketConfiguration configuration, Limit limit) {

		var current = connected();
		var bandwidth = configuration.getBandwidths()[0];
		var period = Math.max(1, TimeUnit.NANOSECONDS.toMillis(bandwidth.getRefillPeriodNanos()));
		var arguments = new String[] { Long.toString(bandwidth.getCapacity()),
				Long.toString(bandwidth.getRefillTokens()), Long.toString(period) };

		try {
			var answer = run(current, keys.toArray(String[]::new), arguments)
					.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
			return probes(answer, keys.size());
		}
		catch (InterruptedException exception) {
			Thread.currentThread().interrupt();
			throw new Unavailable("interrupted while waiting for Redis", exception);
		}
		catch (ExecutionException | TimeoutException | RuntimeException exception) {
			throw new Unavailable("Redis did not answer a rate-limit check", exception);
		}
	}

	private static CompletableFuture<List<Long>> run(Connected current, String[] keys, String[] arguments) {

		RedisAsyncCommands<String, String> redis = current.connection().async();
		return redis.<List<Long>>evalsha(current.digest(), ScriptOutputType.MULTI, keys, arguments)
				.toCompletableFuture()
				.exceptionallyCompose(failure -> unwrap(failure) instanceof RedisNoScriptException
						? redis.<List<Long>>eval(SCRIPT, ScriptOutputType.MULTI, keys, arguments).toCompletableFuture()
						: CompletableFuture.failedFuture(failure));
	}

	private static List<ConsumptionProbe> probes(List<Long> answer, int keys) {

		if (answer.size() != keys * ANSWERS_PER_KEY) {
			throw new IllegalStateException("the rate-limit script answered " + answer.size() + " values for "
					+ keys + " keys");
		}

		var probes = new ArrayList<ConsumptionProbe>(keys);
		for (int i = 0; i < answer.size(); i += ANSWERS_PER_KEY) {
			var remaining = answer.get(i + 1);
			var untilFull = TimeUnit.MILLISECONDS.toNanos(answer.get(i + 3));
			probes.add(answer.get(i) == 1
					? ConsumptionProbe.consumed(remaining, untilFull)
					: ConsumptionProbe.rejected(remaining, TimeUnit.MILLISECONDS.toNanos(answer.get(i + 2)),
							untilFull));
		}
		return probes;
	}

	private static Throwable unwrap(Throwable failure) {
		return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
	}

	private Connected connected() {

		var current = connected;
		if (current != null) {
			return current;
		}
		synchronized (this) {
			if (connected != null) {
				return connected;
			}
			var now = clock.instant();
			if (now.isBefore(nextConnectAttempt)) {
				throw new Unavailable("Redis was unreachable moments ago", new IllegalStateException("not connected"));
			}
			try {
				connected = open();
				return connected;
			}
			catch (RuntimeException exception) {
				nextConnectAttempt = now.plus(RECONNECT_PAUSE);
				throw new Unavailable("cannot connect to Redis", exception);
			}
		}
	}

	private Connected open() {

		var connection = client.connect();
		try {
			return new Connected(connection, connection.sync().scriptLoad(SCRIPT));
		}
		catch (RuntimeException exception) {
			connection.close();
			throw exception;
		}
	}

	@Override
	public void close() {

		var current = connected;
		if (current != null) {
			current.connection().close();
		}
		client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
		resources.shutdown(0, 2, TimeUnit.SECONDS);
	}
}
