package lu.boutik.core.config;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings that describe the deployment as a whole.
 *
 * @param env where the platform runs ({@code APP_ENV})
 * @param publicBaseUrl the address customers and staff reach; every link in an email is built from it, never from a
 *        request's Host header ({@code BOUTIK_PUBLIC_BASE_URL})
 * @param platformDomain the domain under which stores get their subdomains ({@code BOUTIK_PLATFORM_DOMAIN})
 */
@ConfigurationProperties("boutik")
public record PlatformProperties(
		@DefaultValue("development") AppEnvironment env,
		@DefaultValue("http://localhost:8080") URI publicBaseUrl,
		@DefaultValue("boutik.localhost") String platformDomain) {
}
