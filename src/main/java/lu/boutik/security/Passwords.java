package lu.boutik.security;

import lu.boutik.core.SecureCodes;
import lu.boutik.core.web.Problem;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Hashes and checks passwords of every realm, and enforces what a new password must be.
 * <p>
 * A check against an unknown account still hashes, against a fixed throw-away hash, so that the answer takes as
 * long as for a known one.
 */
@Component
public class Passwords {

	public static final int MINIMUM_LENGTH = 12;

	private final PasswordEncoder encoder;
	private final String decoy;

	Passwords(PasswordEncoder encoder) {

		this.encoder = encoder;
		this.decoy = encoder.encode(SecureCodes.urlToken(24));
	}

	/** Hashes a new password after checking it is acceptable; refuses with a problem on {@code field} otherwise. */
	public String hashNew(String field, String password) {

		if (password.length() < MINIMUM_LENGTH) {
			throw Problem.invalidField(field, "a password of at least " + MINIMUM_LENGTH + " characters");
		}
		return encoder.encode(password);
	}

	/** Whether {@code password} matches {@code hash}; a missing hash never matches but costs the same time. */
	public boolean matches(String password, @Nullable String hash) {

		if (hash == null) {
			encoder.matches(password, decoy);
			return false;
		}
		return encoder.matches(password, hash);
	}
}
