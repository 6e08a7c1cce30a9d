package lu.boutik.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import lu.boutik.core.config.AppEnvironment;
import lu.boutik.core.config.PlatformProperties;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class SecurityHeadersTests {

	@Test
	void givesEveryPageResponseItsOwnNonceAndNoInlineAllowance() throws Exception {

		var headers = headers(AppEnvironment.DEVELOPMENT);

		var first = filter(headers, "/s/acme/");
		var second = filter(headers, "/s/acme/");

		var policy = first.getHeader("Content-Security-Policy");
		assertThat(policy).contains("script-src 'self' 'nonce-").doesNotContain("unsafe-inline")
				.doesNotContain("unsafe-eval").contains("object-src 'none'").contains("frame-ancestors 'none'");
		assertThat(policy).isNotEqualTo(second.getHeader("Content-Security-Policy"));
	}

	@Test
	void exposesThePolicyNonceToTemplates() throws Exception {

		var request = new MockHttpServletRequest("GET", "/s/acme/");
		var response = new MockHttpServletResponse();
		headers(AppEnvironment.DEVELOPMENT).doFilter(request, response, new MockFilterChain());

		var nonce = (String) request.getAttribute(SecurityHeaders.NONCE_ATTRIBUTE);
		assertThat(nonce).hasSizeGreaterThanOrEqualTo(22);
		assertThat(response.getHeader("Content-Security-Policy")).contains("'nonce-" + nonce + "'");
	}

	@Test
	void sendsStrictTransportSecurityInProductionOnly() throws Exception {

		assertThat(filter(headers(AppEnvironment.PRODUCTION), "/api/v1/store/orders")
				.getHeader("Strict-Transport-Security")).startsWith("max-age=31536000");
		assertThat(filter(headers(AppEnvironment.DEVELOPMENT), "/api/v1/store/orders")
				.getHeader("Strict-Transport-Security")).isNull();
	}

	private static SecurityHeaders headers(AppEnvironment env) {
		return new SecurityHeaders(new PlatformProperties(env, URI.create("https://boutik.lu"), "boutik.lu"));
	}

	private static MockHttpServletResponse filter(SecurityHeaders headers, String path) throws Exception {

		var response = new MockHttpServletResponse();
		headers.doFilter(new MockHttpServletRequest("GET", path), response, new MockFilterChain());
		return response;
	}
}
