package lu.boutik.core.files;

import java.util.regex.Pattern;

import lu.boutik.core.SecureCodes;

/**
 * The name of a stored file: an area such as {@code feeds} and a random part, for example
 * {@code feeds/7K3M9QX2D4HB8NRW5TZ1CVJ6AF}. Only {@link FileStore} makes new keys; a key read back from a database is
 * checked against the same shape, so that a tampered value cannot name a path outside the store.
 *
 * @param value the key as stored
 */
public record FileKey(String value) {

	private static final Pattern AREA = Pattern.compile("[a-z][a-z0-9-]{0,31}");
	private static final Pattern SHAPE = Pattern.compile("[a-z][a-z0-9-]{0,31}/[" + SecureCodes.ALPHABET + "]{26}");

	public FileKey {
		if (!SHAPE.matcher(value).matches()) {
			throw new IllegalArgumentException("not a file key");
		}
	}

	static FileKey fresh(String area) {

		if (!AREA.matcher(area).matches()) {
			throw new IllegalArgumentException("area must be lower-case letters, digits and dashes");
		}
		return new FileKey(area + "/" + SecureCodes.base32(26));
	}

	@Override
	public String toString() {
		return value;
	}
}
