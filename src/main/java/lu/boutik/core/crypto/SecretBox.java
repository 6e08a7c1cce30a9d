package lu.boutik.core.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.regex.Pattern;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

import lu.boutik.core.SecureCodes;

/**
 * Seals secrets before they are stored and opens them where they are used, with AES-256-GCM.
 * <p>
 * A sealed text reads {@code v1.<key id>.<base64url(iv | ciphertext | tag)>}: the key id lets keys rotate, and each
 * seal draws a fresh 96-bit IV from {@link SecureCodes}. A context, such as the id of the row that stores the secret,
 * is authenticated with it: a sealed text copied to another row does not open there. The version, key id and context
 * are all covered by the tag, so none of them can be changed unnoticed.
 */
public final class SecretBox {

	private static final String VERSION = "v1";
	private static final Pattern SEALED = Pattern.compile("v1\\.([A-Za-z0-9_-]{1,32})\\.([A-Za-z0-9_-]+)");
	private static final String TRANSFORMATION = "AES/GCM/NoPadding";
	private static final int IV_BYTES = 12;
	private static final int TAG_BITS = 128;

	private final KeyRing keys;

	SecretBox(KeyRing keys) {
		this.keys = keys;
	}

	/** A box with one random key of its own, for tests: nothing it seals opens anywhere else. */
	public static SecretBox ephemeral() {
		return new SecretBox(KeyRing.ephemeral());
	}

	public String seal(String plaintext) {
		return seal(plaintext, "");
	}

	/** Seals under the current key; the result opens only with the same {@code context}. */
	public String seal(String plaintext, String context) {

		var key = keys.current();
		var iv = SecureCodes.bytes(IV_BYTES);
		try {
			var cipher = Cipher.getInstance(TRANSFORMATION);
			cipher.init(Cipher.ENCRYPT_MODE, key.key(), new GCMParameterSpec(TAG_BITS, iv));
			cipher.updateAAD(associatedData(key.id(), context));
			var sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));

			var payload = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
			return VERSION + "." + key.id() + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload);
		}
		catch (GeneralSecurityException exception) {
			throw new IllegalStateException("AES-GCM is not available", exception);
		}
	}

	public String open(String sealed) {
		return open(sealed, "");
	}

	/**
	 * Opens a text sealed with the same {@code context} under any key of the ring.
	 *
	 * @throws UnreadableSecret when it is malformed, its key is unknown, or it was altered or sealed for another
	 *         context
	 */
	public String open(String sealed, String context) {

		var matcher = SEALED.matcher(sealed);
		if (!matcher.matches()) {
			throw new UnreadableSecret("The sealed secret is not of the form v1.<key id>.<data>.");
		}

		var id = matcher.group(1);
		var key = keys.find(id).orElseThrow(() -> new UnreadableSecret("The secret was sealed under key " + id
				+ ", which is not among the configured keys."));
		var payload = decode(matcher.group(2));
		if (payload.length < IV_BYTES + TAG_BITS / 8) {
			throw new UnreadableSecret("The sealed secret is truncated.");
		}

		try {
			var cipher = Cipher.getInstance(TRANSFORMATION);
			cipher.init(Cipher.DECRYPT_MODE, key.key(), new GCMParameterSpec(TAG_BITS, payload, 0, IV_BYTES));
			cipher.updateAAD(associatedData(id, context));
			var plaintext = cipher.doFinal(payload, IV_BYTES, payload.length - IV_BYTES);
			return new String(plaintext, StandardCharsets.UTF_8);
		}
		catch (AEADBadTagException exception) {
			throw new UnreadableSecret("The sealed secret was altered, or was sealed for another context.");
		}
		catch (GeneralSecurityException exception) {
			throw new IllegalStateException("AES-GCM is not available", exception);
		}
	}

	/**
	 * Whether a sealed text should be sealed again, because a newer key now seals.
	 *
	 * @throws UnreadableSecret when it is malformed
	 */
	public boolean needsResealing(String sealed) {

		var matcher = SEALED.matcher(sealed);
		if (!matcher.matches()) {
			throw new UnreadableSecret("The sealed secret is not of the form v1.<key id>.<data>.");
		}
		return !matcher.group(1).equals(keys.current().id());
	}

	/** Opens a sealed text and seals it again under the current key, for the same context. */
	public String reseal(String sealed, String context) {
		return seal(open(sealed, context), context);
	}

	/** The id of the key that seals now; old texts name theirs. Key ids are not secret. */
	public String currentKeyId() {
		return keys.current().id();
	}

	private static byte[] associatedData(String keyId, String context) {
		return (VERSION + "." + keyId + "." + context).getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] decode(String text) {
		try {
			return Base64.getUrlDecoder().decode(text);
		}
		catch (IllegalArgumentException exception) {
			throw new UnreadableSecret("The sealed secret is not valid base64url.");
		}
	}
}
