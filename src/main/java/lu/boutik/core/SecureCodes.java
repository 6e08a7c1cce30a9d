package lu.boutik.core;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * The one source of randomness for anything that must not be guessed: order numbers, code suffixes, tokens, keys.
 */
public final class SecureCodes {

	/** Crockford's base 32: no I, L, O or U, so codes survive being read aloud or copied by hand. */
	public static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

	private static final SecureRandom RANDOM = new SecureRandom();

	private SecureCodes() {
	}

	/** Returns {@code length} random characters of {@link #ALPHABET}, five bits of entropy each. */
	public static String base32(int length) {

		var chars = new char[length];
		for (int i = 0; i < length; i++) {
			chars[i] = ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length()));
		}
		return new String(chars);
	}

	public static byte[] bytes(int count) {

		var bytes = new byte[count];
		RANDOM.nextBytes(bytes);
		return bytes;
	}

	/** Returns a URL-safe token carrying {@code byteCount} random bytes. */
	public static String urlToken(int byteCount) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes(byteCount));
	}
}
