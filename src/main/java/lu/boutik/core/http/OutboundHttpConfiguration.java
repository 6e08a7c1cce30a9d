package lu.boutik.core.http;

import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;

/**
 * Registers the guarded client over the system resolver, and lets configuration properties bind a comma-separated
 * list to {@link AllowedHosts}. A test replaces the {@link HostResolver} bean to answer without DNS.
 */
@Configuration(proxyBeanMethods = false)
class OutboundHttpConfiguration {

	@Bean
	HostResolver hostResolver() {
		return new SystemHostResolver();
	}

	@Bean
	GuardedHttpClient guardedHttpClient(HostResolver hostResolver) {
		return new GuardedHttpClient(hostResolver);
	}

	@Bean
	@ConfigurationPropertiesBinding
	static AllowedHostsConverter allowedHostsConverter() {
		return new AllowedHostsConverter();
	}

	/** A class rather than a lambda, so that the conversion service can read its source and target types. */
	static class AllowedHostsConverter implements Converter<String, AllowedHosts> {

		@Override
		public AllowedHosts convert(String source) {
			return AllowedHosts.parse(source);
		}
	}
}
