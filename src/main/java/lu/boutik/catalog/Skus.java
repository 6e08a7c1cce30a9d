package lu.boutik.catalog;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Makes a SKU for a variant whose feed gives none, from its product's handle and its option values. The same handle
 * and values always give the same SKU, so that a re-import updates the variant it made before.
 */
final class Skus {

	private Skus() {
	}

	static String derive(String handle, List<String> optionValues) {

		var sku = new StringBuilder(slug(handle));
		for (var value : optionValues) {
			var part = slug(value);
			sku.append('-').append(part.isEmpty() ? digest(value, 8) : part);
		}

		if (sku.length() <= Rows.MAX_SKU) {
			return sku.toString();
		}
		var whole = sku.toString();
		return whole.substring(0, Rows.MAX_SKU - 13) + "-" + digest(whole, 12);
	}

	/** Lower-case ASCII letters and digits, accents dropped, every other run of characters one dash. */
	static String slug(String text) {

		var ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
				.toLowerCase(Locale.ROOT);
		return ascii.replace("ß", "ss").replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
	}

	private static String digest(String text, int length) {
		try {
			var hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash).substring(0, length);
		}
		catch (NoSuchAlgorithmException exception) {
			throw new IllegalStateException("every JDK has SHA-256", exception);
		}
	}
}
