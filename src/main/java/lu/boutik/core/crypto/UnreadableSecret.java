package lu.boutik.core.crypto;

/**
 * A sealed secret could not be opened: it is malformed, was sealed under a key this platform no longer has, was
 * altered, or belongs to another context. The message says which, and never quotes the sealed text.
 */
public class UnreadableSecret extends RuntimeException {

	UnreadableSecret(String reason) {
		super(reason, null, false, false);
	}
}
