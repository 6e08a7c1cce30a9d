package lu.boutik.core.crypto;

import java.util.regex.Pattern;

import javax.crypto.SecretKey;

/**
 * One AES-256 key and the id under which sealed texts name it.
 */
record SealingKey(String id, SecretKey key) {

	static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,32}");

	static final int BYTES = 32;

	SealingKey {

		if (!ID.matcher(id).matches()) {
			throw new IllegalArgumentException("a key id is 1 to 32 letters, digits, '-' or '_'");
		}
	}

	/** Names the key, never its material. */
	@Override
	public String toString() {
		return "SealingKey[" + id + "]";
	}
}
