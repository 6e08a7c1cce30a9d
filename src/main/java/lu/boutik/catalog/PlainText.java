package lu.boutik.catalog;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Reduces a merchant's HTML description to plain text for display. The page escapes the result in turn, so no markup
 * from a feed ever reaches a browser as markup.
 */
final class PlainText {

	private static final Pattern BREAKS = Pattern.compile("(?i)<\\s*(br|/p|/li|/div|/h[1-6])\\b[^>]*>");
	private static final Pattern TAGS = Pattern.compile("<[^>]*>");
	private static final Pattern SPACE = Pattern.compile("\\s+");

	private PlainText() {
	}

	static @Nullable String of(@Nullable String html) {

		if (html == null) {
			return null;
		}
		var text = TAGS.matcher(BREAKS.matcher(html).replaceAll(" ")).replaceAll("");
		text = text.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
				.replace("&#39;", "'").replace("&amp;", "&");
		return SPACE.matcher(text).replaceAll(" ").strip();
	}
}
