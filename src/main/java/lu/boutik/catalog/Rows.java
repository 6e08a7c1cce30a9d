package lu.boutik.catalog;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Checks shared by both feed layouts.
 */
final class Rows {

	static final int MAX_SKU = 100;
	private static final int MAX_URL = 2048;
	private static final Pattern GTIN = Pattern.compile("\\d{8}|\\d{12,14}");

	private Rows() {
	}

	static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/** A barcode as a GTIN: 8, 12, 13 or 14 digits once spaces and dashes are removed. */
	static @Nullable String gtin(String field, @Nullable String text) {

		var value = blankToNull(text);
		if (value == null) {
			return null;
		}
		var digits = value.replace(" ", "").replace("-", "");
		if (!GTIN.matcher(digits).matches()) {
			throw new InvalidRow(field + " \"" + excerpt(value) + "\" is not a GTIN of 8, 12, 13 or 14 digits");
		}
		return digits;
	}

	static String sku(String field, String text) {

		var value = text.strip();
		if (value.length() > MAX_SKU || value.chars().anyMatch(Character::isISOControl)) {
			throw new InvalidRow(field + " \"" + excerpt(value) + "\" is longer than " + MAX_SKU
					+ " characters or holds control characters");
		}
		return value;
	}

	/** An image address, which storefronts will show: only absolute http and https URLs pass. */
	static @Nullable String imageUrl(String field, @Nullable String text) {

		var value = blankToNull(text);
		if (value == null) {
			return null;
		}
		if (value.length() > MAX_URL || !isWebAddress(value)) {
			throw new InvalidRow(field + " \"" + excerpt(value) + "\" is not an http or https URL");
		}
		return value;
	}

	private static boolean isWebAddress(String value) {
		try {
			var uri = new URI(value);
			var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
		}
		catch (URISyntaxException exception) {
			return false;
		}
	}

	static @Nullable Integer quantity(String field, @Nullable String text) {

		var value = blankToNull(text);
		if (value == null) {
			return null;
		}
		try {
			return Math.max(0, Integer.parseInt(value));
		}
		catch (NumberFormatException exception) {
			throw new InvalidRow(field + " \"" + excerpt(value) + "\" is not a whole number");
		}
	}

	/** The start of a value, for an error message that must stay short. */
	static String excerpt(String text) {
		return text.length() <= 40 ? text : text.substring(0, 40) + "…";
	}
}
