package lu.boutik.deployment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds container images in deployment files that are not pinned to both a version tag and a sha256 digest, as in
 * {@code postgres:17.5-bookworm@sha256:<64 hex digits>}: the tag says which version a reader should expect, the
 * digest makes sure that version is what runs.
 * <p>
 * Reads Dockerfiles ({@code FROM}, {@code COPY --from}, {@code RUN --mount=...,from=}) and YAML ({@code image:}, as
 * in Compose files, Kubernetes manifests and workflow files). A tag counts as a version when it has a digit in it;
 * {@code latest} never does. References built from variables cannot be checked and are reported too. Images named
 * across several keys, as Helm values often do, are reported as unpinned, since no one line pins them.
 */
final class ImagePins {

	private static final Pattern FROM = Pattern.compile(
			"(?i)^\\s*FROM\\s+(?:--\\S+\\s+)*(\\S+)(?:\\s+AS\\s+(\\S+))?\\s*$");

	private static final Pattern COPY_FROM = Pattern.compile(
			"(?i)^\\s*(?:COPY|ADD|RUN)\\b.*?(?:--from=|[,\\s]from=)([^\\s,]+)");

	private static final Pattern IMAGE_KEY = Pattern.compile("^\\s*(?:-\\s+)?image:\\s*(.*?)\\s*(?:\\s#.*)?$");

	private static final Pattern DIGEST = Pattern.compile("sha256:[0-9a-f]{64}");

	private ImagePins() {
	}

	record Unpinned(String file, int line, String reference, String reason) {

		@Override
		public String toString() {
			return file + ":" + line + ": " + reference + " " + reason;
		}
	}

	static List<Unpinned> check(String file, String text) {

		var name = file.substring(file.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
		return name.startsWith("dockerfile") || name.startsWith("containerfile") || name.endsWith(".dockerfile")
				? checkDockerfile(file, text) : checkYaml(file, text);
	}

	/** Why a reference is not pinned, if it is not. */
	static Optional<String> problemOf(String reference) {

		if (reference.contains("$")) {
			return Optional.of("is built from a variable, so its pin cannot be checked");
		}

		var at = reference.indexOf('@');
		var name = at < 0 ? reference : reference.substring(0, at);
		var digest = at < 0 ? "" : reference.substring(at + 1);
		var lastPart = name.substring(name.lastIndexOf('/') + 1);
		var colon = lastPart.indexOf(':');
		var tag = colon < 0 ? "" : lastPart.substring(colon + 1);

		var problems = new ArrayList<String>();
		if (tag.isEmpty()) {
			problems.add("no version tag");
		}
		else if (tag.equalsIgnoreCase("latest") || !tag.matches(".*\\d.*")) {
			problems.add("the moving tag '" + tag + "' instead of a version");
		}
		if (digest.isEmpty()) {
			problems.add("no sha256 digest");
		}
		else if (!DIGEST.matcher(digest).matches()) {
			problems.add("a digest that is not sha256:<64 hex digits>");
		}
		return problems.isEmpty() ? Optional.empty() : Optional.of("has " + String.join(" and ", problems));
	}

	private static List<Unpinned> checkDockerfile(String file, String text) {

		var problems = new ArrayList<Unpinned>();
		var stages = new HashSet<String>();
		var lines = text.replace("\\\r\n", " ").replace("\\\n", " ").split("\\R", -1);

		for (int i = 0; i < lines.length; i++) {
			var from = FROM.matcher(lines[i]);
			if (from.matches()) {
				var image = from.group(1);
				if (!image.equalsIgnoreCase("scratch") && !stages.contains(image.toLowerCase(Locale.ROOT))) {
					report(problems, file, i + 1, image);
				}
				if (from.group(2) != null) {
					stages.add(from.group(2).toLowerCase(Locale.ROOT));
				}
				continue;
			}
			var copy = COPY_FROM.matcher(lines[i]);
			if (copy.find()) {
				var source = copy.group(1);
				if (!stages.contains(source.toLowerCase(Locale.ROOT)) && !source.matches("\\d+")) {
					report(problems, file, i + 1, source);
				}
			}
		}
		return problems;
	}

	private static List<Unpinned> checkYaml(String file, String text) {

		var problems = new ArrayList<Unpinned>();
		var lines = text.split("\\R", -1);
		for (int i = 0; i < lines.length; i++) {
			var image = IMAGE_KEY.matcher(lines[i]);
			if (image.matches()) {
				var reference = image.group(1).replaceAll("^[\"']|[\"']$", "");
				if (reference.isEmpty()) {
					problems.add(new Unpinned(file, i + 1, "image:", "is split over several keys; name it in one "
							+ "reference with a version tag and a sha256 digest"));
				}
				else {
					report(problems, file, i + 1, reference);
				}
			}
		}
		return problems;
	}

	private static void report(List<Unpinned> problems, String file, int line, String reference) {
		problemOf(reference).ifPresent(reason -> problems.add(new Unpinned(file, line, reference, reason)));
	}
}
