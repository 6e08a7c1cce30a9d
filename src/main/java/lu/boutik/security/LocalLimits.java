package lu.boutik.security;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;

/**
 * Rate-limit counters in this process's memory: one Bucket4j bucket per key in a Caffeine cache per limit. A bucket
 * left alone for one window is full again, so it is dropped then and a new one starts in its place.
 * <p>
 * Each limit keeps at most {@link RateLimitProperties#localCapacity()} counters; beyond that the least useful are
 * dropped, which bounds memory under a flood of fresh keys at the price of forgetting rarely seen ones.
 */
final class LocalLimits implements LimitBackend {

	private final Map<Limit, Cache<String, Bucket>> buckets = new EnumMap<>(Limit.class);

	LocalLimits(RateLimitProperties properties) {

		for (var limit : Limit.values()) {
			buckets.put(limit, Caffeine.newBuilder()
					.expireAfterAccess(properties.window(limit))
					.maximumSize(properties.localCapacity())
					.build());
		}
	}

	@Override
	public List<ConsumptionProbe> consume(List<String> keys, BucketConfiguration configuration, Limit limit) {

		var cache = buckets.get(limit);
		return keys.stream()
				.map(key -> cache.get(key, absent -> Bucket.builder()
						.addLimit(configuration.getBandwidths()[0]).build()))
				.map(bucket -> bucket.tryConsumeAndReturnRemaining(1))
				.toList();
	}
}
