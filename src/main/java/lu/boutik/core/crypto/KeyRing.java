package lu.boutik.core.crypto;

import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.crypto.spec.SecretKeySpec;

import lu.boutik.core.SecureCodes;

/**
 * The keys that seal and open secrets, read from {@code BOUTIK_ENCRYPTION_KEY} as {@code kid:base64key} entries
 * separated by commas. The first entry seals; every entry opens, so a new key is rotated in by putting it first and
 * the old one is dropped once nothing sealed under it is left.
 */
final class KeyRing {

	private final SealingKey current;
	private final Map<String, SealingKey> byId;

	private KeyRing(List<SealingKey> keys) {

		this.current = keys.getFirst();
		this.byId = new LinkedHashMap<>();
		keys.forEach(key -> byId.put(key.id(), key));
	}

	/**
	 * Reads the entries, or fails listing every entry that is unfit. Messages name entries by position and id,
	 * never by their material.
	 */
	static KeyRing parse(List<String> entries) {

		var problems = problemsIn(entries);
		if (!problems.isEmpty()) {
			throw new IllegalArgumentException(String.join("; ", problems));
		}
		return new KeyRing(entries.stream().map(KeyRing::toKey).toList());
	}

	/** A ring of one random key that lives as long as this process; its id is random too. */
	static KeyRing ephemeral() {
		return new KeyRing(List.of(new SealingKey("ephemeral-" + SecureCodes.base32(8),
				new SecretKeySpec(SecureCodes.bytes(SealingKey.BYTES), "AES"))));
	}

	static List<String> problemsIn(List<String> entries) {

		if (entries.isEmpty()) {
			return List.of("no key is given");
		}

		var problems = new ArrayList<String>();
		var ids = new HashSet<String>();
		for (int i = 0; i < entries.size(); i++) {
			var entry = entries.get(i).strip();
			var separator = entry.indexOf(':');
			var id = separator < 0 ? "" : entry.substring(0, separator);
			var position = "entry " + (i + 1);

			if (separator < 0 || !SealingKey.ID.matcher(id).matches()) {
				problems.add(position + " is not of the form kid:base64key, with a kid of letters, digits, - or _");
				continue;
			}
			if (!ids.add(id)) {
				problems.add(position + " repeats the key id " + id);
			}
			var material = decode(entry.substring(separator + 1));
			if (material.length != SealingKey.BYTES) {
				problems.add("key " + id + " is not " + SealingKey.BYTES + " bytes of base64");
			}
			else if (isPatterned(material)) {
				problems.add("key " + id + " is a repeated pattern, not random bytes");
			}
		}
		return problems;
	}

	SealingKey current() {
		return current;
	}

	Optional<SealingKey> find(String id) {
		return Optional.ofNullable(byId.get(id));
	}

	List<String> ids() {
		return List.copyOf(byId.keySet());
	}

	private static SealingKey toKey(String entry) {

		var trimmed = entry.strip();
		var separator = trimmed.indexOf(':');
		var material = decode(trimmed.substring(separator + 1));
		return new SealingKey(trimmed.substring(0, separator), new SecretKeySpec(material, "AES"));
	}

	/** Standard or URL-safe base64, padded or not; an empty array when it is neither. */
	private static byte[] decode(String text) {

		var normalised = text.strip().replace('-', '+').replace('_', '/').replace("=", "");
		try {
			return Base64.getDecoder().decode(normalised + "=".repeat((4 - normalised.length() % 4) % 4));
		}
		catch (IllegalArgumentException exception) {
			return new byte[0];
		}
	}

	/** Random 32 bytes have around 30 distinct values; a key with fewer than 16 was typed or derived, not drawn. */
	private static boolean isPatterned(byte[] material) {

		var distinct = new HashSet<Byte>();
		for (var b : material) {
			distinct.add(b);
		}
		return distinct.size() < 16;
	}
}
