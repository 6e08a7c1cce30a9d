package lu.boutik.core.observability;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.sentry.Breadcrumb;
import io.sentry.Hint;
import io.sentry.SentryEvent;
import io.sentry.SentryOptions.BeforeBreadcrumbCallback;
import io.sentry.SentryOptions.BeforeSendCallback;
import io.sentry.protocol.Message;
import io.sentry.protocol.Request;
import io.sentry.protocol.Response;
import io.sentry.protocol.User;
import org.jspecify.annotations.Nullable;

/**
 * The last step before an error report or breadcrumb leaves the process: whatever part of it may carry personal data
 * or credentials is masked, dropped, or reduced to what a developer needs to find the fault.
 * <p>
 * Dropped whole: request bodies, cookies and server variables, every user field but the id, and every header,
 * parameter, tag, extra or breadcrumb field whose name says it holds a secret or personal data. Masked: all remaining
 * free text, with {@link PersonalData}. Query strings keep their parameter names.
 */
final class ErrorReportScrubber implements BeforeSendCallback, BeforeBreadcrumbCallback {

	@Override
	public SentryEvent execute(SentryEvent event, Hint hint) {

		scrub(event.getMessage());
		if (event.getExceptions() != null) {
			event.getExceptions().forEach(exception -> {
				exception.setValue(maskOrNull(exception.getValue()));
				if (exception.getMechanism() != null && exception.getMechanism().getData() != null) {
					exception.getMechanism().setData(scrubMap(exception.getMechanism().getData()));
				}
			});
		}

		event.setUser(scrub(event.getUser()));
		event.setRequest(scrub(event.getRequest()));
		event.setServerName(maskOrNull(event.getServerName()));
		event.setTransaction(maskOrNull(event.getTransaction()));

		if (event.getExtras() != null) {
			event.setExtras(scrubMap(event.getExtras()));
		}
		if (event.getTags() != null) {
			event.setTags(scrubTexts(event.getTags()));
		}
		scrubContexts(event);
		if (event.getBreadcrumbs() != null) {
			event.getBreadcrumbs().forEach(breadcrumb -> execute(breadcrumb, hint));
		}
		return event;
	}

	@Override
	public Breadcrumb execute(Breadcrumb breadcrumb, Hint hint) {

		breadcrumb.setMessage(maskOrNull(breadcrumb.getMessage()));
		for (var key : List.copyOf(breadcrumb.getData().keySet())) {
			var value = breadcrumb.getData(key);
			breadcrumb.setData(key, PersonalData.isSensitiveName(key) ? PersonalData.FILTERED : scrubValue(value));
		}
		return breadcrumb;
	}

	private static void scrub(@Nullable Message message) {

		if (message == null) {
			return;
		}
		message.setMessage(maskOrNull(message.getMessage()));
		message.setFormatted(maskOrNull(message.getFormatted()));
		if (message.getParams() != null) {
			message.setParams(message.getParams().stream().map(PersonalData::mask).toList());
		}
	}

	/** Only an opaque id may tell which account met the error. */
	private static @Nullable User scrub(@Nullable User user) {

		if (user == null || user.getId() == null) {
			return null;
		}
		var kept = new User();
		kept.setId(PersonalData.mask(user.getId()));
		return kept;
	}

	private static @Nullable Request scrub(@Nullable Request request) {

		if (request == null) {
			return null;
		}

		var url = request.getUrl();
		if (url != null) {
			var query = url.indexOf('?');
			if (query >= 0 && request.getQueryString() == null) {
				request.setQueryString(url.substring(query + 1));
			}
			request.setUrl(PersonalData.mask(decode(url.replaceFirst("[?#].*$", ""))));
		}
		request.setQueryString(scrubQuery(request.getQueryString()));
		request.setFragment(null);
		request.setCookies(null);
		request.setData(null);
		request.setEnvs(null);
		if (request.getHeaders() != null) {
			var headers = new LinkedHashMap<String, String>();
			request.getHeaders().forEach((name, value) -> {
				if (!PersonalData.isSensitiveName(name) && value != null) {
					headers.put(name, PersonalData.mask(value));
				}
			});
			request.setHeaders(headers);
		}
		if (request.getOthers() != null) {
			request.setOthers(scrubTexts(request.getOthers()));
		}
		return request;
	}

	private static @Nullable String scrubQuery(@Nullable String query) {

		if (query == null || query.isEmpty()) {
			return query;
		}
		return List.of(query.split("&")).stream().map(parameter -> {
			var separator = parameter.indexOf('=');
			var name = decode(separator < 0 ? parameter : parameter.substring(0, separator));
			if (separator < 0) {
				return PersonalData.mask(name);
			}
			var value = PersonalData.isSensitiveName(name) || name.equalsIgnoreCase("code") ? PersonalData.FILTERED
					: PersonalData.mask(decode(parameter.substring(separator + 1)));
			return PersonalData.mask(name) + "=" + value;
		}).collect(Collectors.joining("&"));
	}

	/** Custom contexts (such as the logging MDC) are scrubbed like extras; a response keeps its status only. */
	private static void scrubContexts(SentryEvent event) {

		var contexts = event.getContexts();
		for (var name : Collections.list(contexts.keys())) {
			var value = contexts.get(name);
			if (value instanceof Response response) {
				var kept = new Response();
				kept.setStatusCode(response.getStatusCode());
				contexts.setResponse(kept);
			}
			else if (value instanceof Map<?, ?> || value instanceof Collection<?> || value instanceof String) {
				contexts.put(name, scrubValue(value));
			}
		}
	}

	private static Map<String, @Nullable Object> scrubMap(Map<?, ?> values) {

		var scrubbed = new LinkedHashMap<String, @Nullable Object>();
		values.forEach((key, value) -> {
			var name = String.valueOf(key);
			scrubbed.put(name, PersonalData.isSensitiveName(name) ? PersonalData.FILTERED : scrubValue(value));
		});
		return scrubbed;
	}

	private static Map<String, String> scrubTexts(Map<String, String> values) {

		var scrubbed = new LinkedHashMap<String, String>();
		values.forEach((key, value) -> {
			if (value != null) {
				scrubbed.put(key, PersonalData.isSensitiveName(key) ? PersonalData.FILTERED : PersonalData.mask(value));
			}
		});
		return scrubbed;
	}

	/** Numbers and flags stay; anything else is reported as masked text, never as an object's fields. */
	private static @Nullable Object scrubValue(@Nullable Object value) {

		return switch (value) {
			case null -> null;
			case Number number -> number;
			case Boolean flag -> flag;
			case Map<?, ?> map -> scrubMap(map);
			case Collection<?> collection -> collection.stream().map(ErrorReportScrubber::scrubValue).toList();
			default -> PersonalData.mask(String.valueOf(value));
		};
	}

	private static @Nullable String maskOrNull(@Nullable String text) {
		return text == null ? null : PersonalData.mask(text);
	}

	private static String decode(String text) {
		try {
			return URLDecoder.decode(text, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException exception) {
			return text;
		}
	}
}
