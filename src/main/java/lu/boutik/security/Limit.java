package lu.boutik.security;

import java.util.Locale;

/**
 * What a rate limit guards. Each limit counts per client address and per account identifier, per realm.
 */
public enum Limit {

	/** Password sign-in, and the current-password check of a password change. */
	SIGN_IN,

	/** Forgot-password, reset-password and resend-verification: each can send mail or probe a token. */
	RECOVERY,

	/** Customer self-registration, which sends a verification mail to the address it is given. */
	REGISTRATION;

	String slug() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}
}
