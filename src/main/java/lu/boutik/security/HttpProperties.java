package lu.boutik.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the platform learns who its clients are.
 *
 * @param trustedProxies the networks (CIDRs or single addresses) whose forwarded client addresses are believed
 *        ({@code BOUTIK_HTTP_TRUSTED_PROXIES}); empty means the socket's peer is always the client
 * @param clientIpHeader the one header the trusted proxies write: {@code X-Forwarded-For}, {@code Forwarded} or
 *        {@code CF-Connecting-IP}. Only this header is read, so a client cannot choose one that the proxy passes
 *        through untouched.
 */
@ConfigurationProperties("boutik.http")
record HttpProperties(@DefaultValue List<String> trustedProxies,
		@DefaultValue("X-Forwarded-For") String clientIpHeader) {
}
