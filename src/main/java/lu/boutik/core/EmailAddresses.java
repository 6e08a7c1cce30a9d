package lu.boutik.core;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Normalises account identifiers so that one account has one spelling, for look-up and for rate limits alike.
 */
public final class EmailAddresses {

	private EmailAddresses() {
	}

	/** Unicode NFKC, trimmed, lower-cased. */
	public static String normalise(String identifier) {
		return Normalizer.normalize(identifier, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
	}
}
