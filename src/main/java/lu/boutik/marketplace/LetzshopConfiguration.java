package lu.boutik.marketplace;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import lu.boutik.core.http.GuardedHttpClient;
import lu.boutik.marketplace.client.GuardedLetzshopTransport;
import lu.boutik.marketplace.client.Letzshop;
import lu.boutik.marketplace.client.LetzshopClient;

/**
 * The Letzshop client over the platform's guarded outbound client.
 */
@Configuration(proxyBeanMethods = false)
class LetzshopConfiguration {

	@Bean
	Letzshop letzshop(GuardedHttpClient http, LetzshopProperties properties) {
		return new Letzshop(new LetzshopClient(new GuardedLetzshopTransport(http, properties.timeout()),
				properties.retryPolicy()), properties.pageSize());
	}
}
