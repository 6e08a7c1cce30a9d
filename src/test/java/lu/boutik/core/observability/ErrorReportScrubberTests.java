package lu.boutik.core.observability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.sentry.Breadcrumb;
import io.sentry.Hint;
import io.sentry.SentryEvent;
import io.sentry.protocol.Message;
import io.sentry.protocol.Request;
import io.sentry.protocol.Response;
import io.sentry.protocol.SentryException;
import io.sentry.protocol.User;
import org.junit.jupiter.api.Test;

class ErrorReportScrubberTests {

	private static final String JWT = PersonalDataTests.JWT;

	private final ErrorReportScrubber scrubber = new ErrorReportScrubber();

	@Test
	void masksMessagesAndExceptionTexts() {

		var event = new SentryEvent();
		var message = new Message();
		message.setMessage("Import for {} from {} failed");
		message.setFormatted("Import for jane@example.com from 198.51.100.23 failed");
		message.setParams(List.of("jane@example.com", "198.51.100.23"));
		event.setMessage(message);
		var exception = new SentryException();
		exception.setType("IllegalStateException");
		exception.setValue("token " + JWT + " rejected for jane@example.com");
		event.setExceptions(List.of(exception));

		var scrubbed = scrubber.execute(event, new Hint());

		assertThat(scrubbed.getMessage().getFormatted()).isEqualTo("Import for [email] from [ip] failed");
		assertThat(scrubbed.getMessage().getMessage()).isEqualTo("Import for {} from {} failed");
		assertThat(scrubbed.getMessage().getParams()).containsExactly("[email]", "[ip]");
		assertThat(scrubbed.getExceptions().getFirst().getValue()).isEqualTo("token [jwt] rejected for [email]");
		assertThat(scrubbed.getExceptions().getFirst().getType()).isEqualTo("IllegalStateException");
	}

	@Test
	void dropsCredentialsCookiesBodiesAndAddressesFromRequests() {

		var request = new Request();
		request.setMethod("POST");
		request.setUrl("https://acme.boutik.lu/customers/jane%40example.com/orders?token=Zx81kq&page=2");
		request.setQueryString("token=Zx81kq&page=2&email=jane%40example.com&code=481516");
		request.setHeaders(Map.of("Authorization", "Bearer " + JWT, "Cookie", "SESSION=abc", "X-Forwarded-For",
				"203.0.113.7", "Accept", "application/json", "Referer", "https://acme.boutik.lu/?ip=203.0.113.8"));
		request.setCookies("SESSION=abc");
		request.setData(Map.of("password", "hunter2"));
		request.setEnvs(Map.of("REMOTE_ADDR", "203.0.113.7"));
		var event = new SentryEvent();
		event.setRequest(request);

		var scrubbed = scrubber.execute(event, new Hint()).getRequest();

		assertThat(scrubbed.getUrl()).isEqualTo("https://acme.boutik.lu/customers/[email]/orders");
		assertThat(scrubbed.getQueryString()).isEqualTo("token=[Filtered]&page=2&email=[Filtered]&code=[Filtered]");
		assertThat(scrubbed.getHeaders()).containsOnlyKeys("Accept", "Referer")
				.containsEntry("Referer", "https://acme.boutik.lu/?ip=[ip]");
		assertThat(scrubbed.getCookies()).isNull();
		assertThat(scrubbed.getData()).isNull();
		assertThat(scrubbed.getEnvs()).isNull();
	}

	@Test
	void keepsOnlyTheOpaqueIdOfAUser() {

		var user = new User();
		user.setId("customer-7f3a");
		user.setEmail("jane@example.com");
		user.setIpAddress("203.0.113.7");
		user.setUsername("jane");
		var event = new SentryEvent();
		event.setUser(user);

		var scrubbed = scrubber.execute(event, new Hint()).getUser();

		assertThat(scrubbed.getId()).isEqualTo("customer-7f3a");
		assertThat(scrubbed.getEmail()).isNull();
		assertThat(scrubbed.getIpAddress()).isNull();
		assertThat(scrubbed.getUsername()).isNull();
	}

	@Test
	void dropsAUserWithoutId() {

		var user = new User();
		user.setIpAddress("{{auto}}");
		var event = new SentryEvent();
		event.setUser(user);

		assertThat(scrubber.execute(event, new Hint()).getUser()).isNull();
	}

	@Test
	void filtersExtrasTagsAndContextsByNameAndContent() {

		var event = new SentryEvent();
		event.setExtra("thread_name", "job-worker-1");
		event.setExtra("customer_email", "jane@example.com");
		event.setExtra("note", Map.of("text", "called from 203.0.113.7", "count", 3, "api_key", "k-123"));
		event.setExtra("lines", List.of("jane@example.com", 7));
		event.setTag("store", "42");
		event.setTag("client_ip", "203.0.113.7");
		event.getContexts().put("MDC", Map.of("request_id", "r-1", "session", "abc", "origin", "jo@post.lu"));
		var response = new Response();
		response.setStatusCode(500);
		response.setHeaders(Map.of("Set-Cookie", "SESSION=abc"));
		response.setCookies("SESSION=abc");
		event.getContexts().setResponse(response);

		var scrubbed = scrubber.execute(event, new Hint());

		assertThat(scrubbed.getExtras()).containsEntry("thread_name", "job-worker-1")
				.containsEntry("customer_email", "[Filtered]")
				.containsEntry("note", Map.of("text", "called from [ip]", "count", 3, "api_key", "[Filtered]"))
				.containsEntry("lines", List.of("[email]", 7));
		assertThat(scrubbed.getTags()).containsEntry("store", "42").containsEntry("client_ip", "[Filtered]");
		assertThat(scrubbed.getContexts().get("MDC")).isEqualTo(Map.of("request_id", "r-1", "session",
				"[Filtered]", "origin", "[email]"));
		assertThat(scrubbed.getContexts().getResponse().getStatusCode()).isEqualTo(500);
		assertThat(scrubbed.getContexts().getResponse().getHeaders()).isNull();
		assertThat(scrubbed.getContexts().getResponse().getCookies()).isNull();
	}

	@Test
	void scrubsBreadcrumbsOnTheirWayInAndAgainInEvents() {

		var breadcrumb = new Breadcrumb("Signed in jane@example.com from 203.0.113.7");
		breadcrumb.setData("url", "https://boutik.lu/verify?token=Zx81kq");
		breadcrumb.setData("authorization", "Bearer " + JWT);
		breadcrumb.setData("status", 200);

		var scrubbed = scrubber.execute(breadcrumb, new Hint());

		assertThat(scrubbed.getMessage()).isEqualTo("Signed in [email] from [ip]");
		assertThat(scrubbed.getData()).containsEntry("url", "https://boutik.lu/verify?token=[Filtered]")
				.containsEntry("authorization", "[Filtered]").containsEntry("status", 200);

		var event = new SentryEvent();
		event.setBreadcrumbs(List.of(new Breadcrumb("Reset for jo@post.lu")));
		assertThat(scrubber.execute(event, new Hint()).getBreadcrumbs().getFirst().getMessage())
				.isEqualTo("Reset for [email]");
	}
}
