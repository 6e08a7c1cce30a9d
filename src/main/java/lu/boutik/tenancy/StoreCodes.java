package lu.boutik.tenancy;

import java.text.Normalizer;
import java.util.Locale;

import lu.boutik.core.SecureCodes;

/**
 * Store codes: a readable slug of the name and a random suffix, so that codes neither collide nor reveal how many
 * stores exist. Eight base-32 characters give 40 bits.
 */
final class StoreCodes {

	static final int SUFFIX_LENGTH = 8;
	private static final int SLUG_LENGTH = 24;

	private StoreCodes() {
	}

	static String forName(String name) {

		var slug = Normalizer.normalize(name, Normalizer.Form.NFKD)
				.replaceAll("\\p{M}", "")
				.toLowerCase(Locale.ROOT)
				.replaceAll("[^a-z0-9]+", "-")
				.replaceAll("(^-+|-+$)", "");
		if (slug.length() > SLUG_LENGTH) {
			slug = slug.substring(0, SLUG_LENGTH).replaceAll("-+$", "");
		}
		var suffix = SecureCodes.base32(SUFFIX_LENGTH).toLowerCase(Locale.ROOT);
		return slug.isEmpty() ? "store-" + suffix : slug + "-" + suffix;
	}
}
