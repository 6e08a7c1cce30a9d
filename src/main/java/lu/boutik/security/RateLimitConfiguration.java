package lu.boutik.security;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Chooses where rate-limit counters live: Redis when {@code spring.data.redis.url} is set, memory otherwise.
 */
@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

	private static final Logger LOG = LoggerFactory.getLogger(RateLimitConfiguration.class);

	@Bean
	RateLimits rateLimits(RateLimitProperties properties, Environment environment, SecurityEvents events,
			MeterRegistry meters, Clock clock) {

		var url = environment.getProperty("spring.data.redis.url");
		if (!StringUtils.hasText(url)) {
			LOG.info("Rate limits count in this process's memory; they hold for a single instance only.");
			return new RateLimits(new LocalLimits(properties), null, properties, events, meters, clock);
		}

		LOG.info("Rate limits count in Redis, shared by every instance; on failure they {}.",
				properties.onRedisFailure() == RateLimitProperties.OnRedisFailure.LOCAL ? "count in memory"
						: "refuse");
		var fallback = properties.onRedisFailure() == RateLimitProperties.OnRedisFailure.LOCAL
				? new LocalLimits(properties) : null;
		return new RateLimits(new RedisLimits(url, properties, clock), fallback, properties, events, meters, clock);
	}
}
