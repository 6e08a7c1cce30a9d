package lu.boutik.core.observability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.sentry.Sentry;
import io.sentry.SentryEvent;
import io.sentry.protocol.Message;
import io.sentry.protocol.Request;
import io.sentry.protocol.User;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sends real error reports, full of personal data, from a web request, a background thread and a captured event to
 * a fake Sentry on loopback, and reads what arrives.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
@ActiveProfiles("test")
@DirtiesContext
@Import(ErrorReportingIntegrationTest.FailingRoute.class)
class ErrorReportingIntegrationTest {

	static final FakeSentry SENTRY = FakeSentry.start();

	static final String EMAIL = "jane.doe@example.com";
	static final String IPV4 = "198.51.100.23";
	static final String CLIENT_IP = "203.0.113.7";
	static final String IPV6 = "2001:db8::7334";
	static final String JWT = PersonalDataTests.JWT;
	static final String COOKIE = "c2Vzc2lvbi12YWx1ZQ";
	static final String RESET_TOKEN = "Zx81kqResetToken";

	static final List<String> PERSONAL = List.of(EMAIL, "jane.doe%40example.com", IPV4, CLIENT_IP, IPV6, JWT,
			"eyJhbGciOiJIUzI1NiJ9", COOKIE, RESET_TOKEN, "Bearer ", "\"Authorization\"", "\"Cookie\"",
			"\"X-Forwarded-For\"");

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void reportToFakeSentry(DynamicPropertyRegistry registry) {
		registry.add("sentry.dsn", SENTRY::dsn);
	}

	@AfterAll
	static void stopFakeSentry() {
		SENTRY.close();
	}

	@Test
	void reportsAFailedRequestWithoutPersonalData() throws Exception {

		var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
				+ "/test-failures/checkout?token=" + RESET_TOKEN + "&email=jane.doe%40example.com"))
				.header("Authorization", "Bearer " + JWT)
				.header("Cookie", "SESSION=" + COOKIE)
				.header("X-Forwarded-For", CLIENT_IP)
				.build();
		try (var client = HttpClient.newHttpClient()) {
			assertThat(client.send(request, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(500);
		}
		Sentry.flush(5_000);

		var received = SENTRY.awaitEnvelopeContaining("order-7731", Duration.ofSeconds(15));

		assertThat(received).contains("/test-failures/checkout", "[email]", "[ip]", "[jwt]");
		assertThat(received).doesNotContain(PERSONAL);
	}

	@Test
	void reportsAnErrorLoggedByABackgroundThreadWithoutPersonalData() throws Exception {

		var worker = Thread.ofPlatform().name("feed-import").start(() -> {
			MDC.put("customer_email", EMAIL);
			MDC.put("client_ip", CLIENT_IP);
			LoggerFactory.getLogger("lu.boutik.catalog.FeedImport").error("Feed import job-5521 for {} from {} "
					+ "and {} failed", EMAIL, IPV4, IPV6,
					new IllegalStateException("Authorization: Bearer " + JWT + " refused"));
			MDC.clear();
		});
		worker.join();
		Sentry.flush(5_000);

		var received = SENTRY.awaitEnvelopeContaining("job-5521", Duration.ofSeconds(15));

		assertThat(received).contains("feed-import", "[email]", "[Filtered]");
		assertThat(received).doesNotContain(PERSONAL);
	}

	@Test
	void reportsACapturedEventWithoutPersonalData() throws Exception {

		var event = new SentryEvent();
		var message = new Message();
		message.setFormatted("Captured event-9034 for " + EMAIL + " at " + IPV4);
		event.setMessage(message);
		event.setExtra("email", EMAIL);
		event.setExtra("note", "seen at " + IPV6 + " with " + JWT);
		var request = new Request();
		request.setUrl("https://acme.boutik.lu/account?token=" + RESET_TOKEN);
		request.setQueryString("token=" + RESET_TOKEN + "&email=jane.doe%40example.com");
		request.setHeaders(Map.of("Authorization", "Bearer " + JWT, "Cookie", "SESSION=" + COOKIE,
				"X-Forwarded-For", CLIENT_IP, "Accept", "text/html"));
		request.setCookies("SESSION=" + COOKIE);
		event.setRequest(request);
		var user = new User();
		user.setEmail(EMAIL);
		user.setIpAddress(CLIENT_IP);
		event.setUser(user);

		Sentry.captureEvent(event);
		Sentry.flush(5_000);

		var received = SENTRY.awaitEnvelopeContaining("event-9034", Duration.ofSeconds(15));

		assertThat(received).contains("acme.boutik.lu/account", "text/html");
		assertThat(received).doesNotContain(PERSONAL);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class FailingRoute {

		@Bean
		@Order(Ordered.HIGHEST_PRECEDENCE)
		SecurityFilterChain testFailures(HttpSecurity http) throws Exception {
			return http.securityMatcher("/test-failures/**")
					.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
					.build();
		}

		@Bean
		Checkout failingCheckout() {
			return new Checkout();
		}
	}

	@RestController
	static class Checkout {

		@GetMapping("/test-failures/checkout")
		String checkout() {
			throw new IllegalStateException("Checkout order-7731 failed for " + EMAIL + " from " + IPV4
					+ " with token " + JWT);
		}
	}
}
