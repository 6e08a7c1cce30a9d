package lu.boutik.security;

import java.util.Locale;

/**
 * The kinds of account Boutik signs in. A token is valid only for the realm it was issued for.
 */
public enum Realm {

	ADMIN, MERCHANT, STORE, CUSTOMER;

	/** The token audience of this realm; a decoder of one realm refuses every other audience. */
	public String audience() {
		return "boutik:" + name().toLowerCase(Locale.ROOT);
	}

	String authority() {
		return "REALM_" + name();
	}
}
