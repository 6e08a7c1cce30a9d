package lu.boutik.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.proxy.AsyncProxyManager;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.Delay;
import org.jspecify.annotations.Nullable;

/**
 * Rate-limit counters in Redis, shared by every instance: Bucket4j buckets ({@link RedisBuckets}) over one Lettuce
 * connection. Every counter of a check is asked for at once, so a check costs the round trip of one bucket, not of
 * each.
 * <p>
 * Each key expires as soon as its bucket would be full again. Commands are refused at once while the connection is
 * down instead of queueing, so an outage turns into fast refusals; Lettuce reconnects in the background.
 */
final class RedisLimits implements LimitBackend {

	private static final Duration RECONNECT_PAUSE = Duration.ofSeconds(1);

	private final ClientResources resources;
	private final RedisClient client;
	private final Duration timeout;
	private final Clock clock;
	private final Duration longestWindow;
	private final int capacity;

	private volatile @Nullable Connected connected;
	private volatile Instant nextConnectAttempt = Instant.MIN;

	private record Connected(StatefulRedisConnection<String, byte[]> connection, AsyncProxyManager<String> buckets) {
	}

	RedisLimits(String url, RateLimitProperties properties, Clock clock) {

		this.timeout = properties.redisTimeout();
		this.clock = clock;
		this.longestWindow = java.util.Arrays.stream(Limit.values()).map(properties::window)
				.max(Duration::compareTo).orElseThrow();
		this.capacity = properties.localCapacity();
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

		var buckets = connected().buckets();
		var pending = keys.stream()
				.map(key -> buckets.builder().build(key, () -> CompletableFuture.completedFuture(configuration))
						.tryConsumeAndReturnRemaining(1))
				.toList();

		try {
			CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new))
					.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
			return pending.stream().map(CompletableFuture::join).toList();
		}
		catch (InterruptedException exception) {
			Thread.currentThread().interrupt();
			throw new Unavailable("interrupted while waiting for Redis", exception);
		}
		catch (ExecutionException | TimeoutException | RuntimeException exception) {
			throw new Unavailable("Redis did not answer a rate-limit check", exception);
		}
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
				var connection = client.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
				var digest = connection.sync().scriptLoad(RedisBuckets.SCRIPT);
				var buckets = new RedisBuckets(connection.async(), digest, timeout, longestWindow, capacity)
						.asAsync();
				connected = new Connected(connection, buckets);
				return connected;
			}
			catch (RuntimeException exception) {
				nextConnectAttempt = now.plus(RECONNECT_PAUSE);
				throw new Unavailable("cannot connect to Redis", exception);
			}
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
