package lu.boutik.security;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AbstractCompareAndSwapBasedProxyManager;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AsyncCompareAndSwapOperation;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.CompareAndSwapOperation;
import io.github.bucket4j.distributed.remote.RemoteBucketState;
import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.async.RedisAsyncCommands;
import org.jspecify.annotations.Nullable;

/**
 * Bucket4j buckets in Redis, swapped by compare-and-set in one Lua script, that guess the stored state instead of
 * reading it first.
 * <p>
 * Bucket4j's own Redis integration reads a bucket (GET) and then swaps it (EVAL): two round trips per attempt. Here
 * the state this instance last saw of a key stands in for the read, and a key it never saw is taken to be absent.
 * The script swaps only if Redis still holds exactly that state, so a wrong guess is never written; it then answers
 * what Redis holds, and Bucket4j tries again with it. An attempt costs one round trip while this instance is the only
 * writer of a key, two when another instance wrote in between; counts stay exact either way.
 */
final class RedisBuckets extends AbstractCompareAndSwapBasedProxyManager<String> {

	static final String SCRIPT = """
			local current = redis.call('get', KEYS[1])
			local expected = false
			if ARGV[1] == '1' then expected = ARGV[2] end
			if current == expected then
			  if tonumber(ARGV[4]) > 0 then
			    redis.call('set', KEYS[1], ARGV[3], 'PX', ARGV[4])
			  else
			    redis.call('set', KEYS[1], ARGV[3])
			  end
			  return {1}
			end
			if current then return {0, current} end
			return {0}
			""";

	private static final byte[] EMPTY = new byte[0];
	private static final byte[] PRESENT = "1".getBytes(StandardCharsets.US_ASCII);
	private static final byte[] ABSENT = "0".getBytes(StandardCharsets.US_ASCII);

	private final RedisAsyncCommands<String, byte[]> redis;
	private final String digest;
	private final Cache<String, byte[]> seen;

	RedisBuckets(RedisAsyncCommands<String, byte[]> redis, String digest, Duration timeout, Duration longestWindow,
			int capacity) {

		super(ClientSideConfig.getDefault()
				.withRequestTimeout(timeout)
				.withExpirationAfterWriteStrategy(
						ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(1))));
		this.redis = redis;
		this.digest = digest;
		this.seen = Caffeine.newBuilder().expireAfterWrite(longestWindow).maximumSize(capacity).build();
	}

	@Override
	protected CompareAndSwapOperation beginCompareAndSwapOperation(String key) {

		var operation = beginAsyncCompareAndSwapOperation(key);
		return new CompareAndSwapOperation() {

			@Override
			public Optional<byte[]> getStateData(Optional<Long> timeout) {
				return operation.getStateData(timeout).join();
			}

			@Override
			public boolean compareAndSwap(byte[] original, byte[] update, RemoteBucketState state,
					Optional<Long> timeout) {
				return operation.compareAndSwap(original, update, state, timeout).join();
			}
		};
	}

	@Override
	protected AsyncCompareAndSwapOperation beginAsyncCompareAndSwapOperation(String key) {
		return new AsyncCompareAndSwapOperation() {

			@Override
			public CompletableFuture<Optional<byte[]>> getStateData(Optional<Long> timeout) {
				return CompletableFuture.completedFuture(Optional.ofNullable(seen.getIfPresent(key)));
			}

			@Override
			public CompletableFuture<Boolean> compareAndSwap(byte @Nullable [] original, byte[] update,
					RemoteBucketState state, Optional<Long> timeout) {
				return swap(key, original, update, state);
			}
		};
	}

	private CompletableFuture<Boolean> swap(String key, byte @Nullable [] original, byte[] update,
			RemoteBucketState state) {

		var ttl = getClientSideConfig().getExpirationAfterWriteStrategy()
				.map(strategy -> strategy.calculateTimeToLiveMillis(state, currentTimeNanos()))
				.orElse(0L);
		var arguments = new byte[][] { original == null ? ABSENT : PRESENT, original == null ? EMPTY : original,
				update, Long.toString(ttl).getBytes(StandardCharsets.US_ASCII) };
		var keys = new String[] { key };

		return redis.<List<Object>>evalsha(digest, ScriptOutputType.MULTI, keys, arguments)
				.toCompletableFuture()
				.exceptionallyCompose(failure -> unwrap(failure) instanceof RedisNoScriptException
						? redis.<List<Object>>eval(SCRIPT, ScriptOutputType.MULTI, keys, arguments)
								.toCompletableFuture()
						: CompletableFuture.failedFuture(failure))
				.thenApply(result -> {
					if (Long.valueOf(1).equals(result.getFirst())) {
						seen.put(key, update);
						return true;
					}
					if (result.size() > 1 && result.get(1) instanceof byte[] current) {
						seen.put(key, current);
					}
					else {
						seen.invalidate(key);
					}
					return false;
				});
	}

	private static Throwable unwrap(Throwable failure) {
		return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
	}

	@Override
	public void removeProxy(String key) {
		removeAsync(key).join();
	}

	@Override
	protected CompletableFuture<Void> removeAsync(String key) {

		seen.invalidate(key);
		return redis.del(key).toCompletableFuture().thenApply(removed -> null);
	}

	@Override
	public boolean isAsyncModeSupported() {
		return true;
	}

	@Override
	public boolean isExpireAfterWriteSupported() {
		return true;
	}
}
