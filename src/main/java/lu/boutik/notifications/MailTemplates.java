package lu.boutik.notifications;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Mail templates, one plain-text file per code and language under {@code mail/<code>/<language>.txt}: a first line
 * {@code Subject: ...}, a blank line, then the body. {@code {name}} stands for a value; every one must be given.
 */
@Component
class MailTemplates {

	static final Set<String> LANGUAGES = Set.of("en", "fr", "de", "lb");
	static final String FALLBACK = "en";

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");
	private static final String SUBJECT = "Subject: ";

	private final Map<String, String> sources = new ConcurrentHashMap<>();

	/** A rendered mail. */
	record Mail(String subject, String body) {
	}

	Mail render(String code, String language, Map<String, String> values) {

		var source = source(code, LANGUAGES.contains(language) ? language : FALLBACK);
		var split = source.indexOf("\n\n");
		if (!source.startsWith(SUBJECT) || split < 0) {
			throw new IllegalStateException("mail template " + code + " lacks its subject line");
		}
		var subject = fill(source.substring(SUBJECT.length(), split), values).replaceAll("[\\r\\n]+", " ").strip();
		return new Mail(subject, fill(source.substring(split + 2), values));
	}

	private String source(String code, String language) {

		var key = code + "/" + language;
		var cached = sources.get(key);
		if (cached != null) {
			return cached;
		}
		var loaded = load(code, language).or(() -> load(code, FALLBACK))
				.orElseThrow(() -> new IllegalArgumentException("no mail template " + code));
		sources.put(key, loaded);
		return loaded;
	}

	private static Optional<String> load(String code, String language) {

		var resource = new ClassPathResource("mail/" + code + "/" + language + ".txt");
		if (!resource.exists()) {
			return Optional.empty();
		}
		try (var in = resource.getInputStream()) {
			return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n"));
		}
		catch (IOException exception) {
			throw new UncheckedIOException(exception);
		}
	}

	private static String fill(String text, Map<String, String> values) {

		var matcher = PLACEHOLDER.matcher(text);
		var filled = new StringBuilder();
		while (matcher.find()) {
			var value = values.get(matcher.group(1));
			if (value == null) {
				throw new IllegalArgumentException("mail value " + matcher.group(1) + " is missing");
			}
			matcher.appendReplacement(filled, Matcher.quoteReplacement(value));
		}
		matcher.appendTail(filled);
		return filled.toString();
	}
}
