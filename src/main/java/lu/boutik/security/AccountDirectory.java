package lu.boutik.security;

import java.util.Optional;
import java.util.UUID;

/**
 * Where the accounts of one realm live. The module that owns a realm's accounts implements it; {@link AccountAccess}
 * does everything else: sign-in, sessions, recovery, verification and invitations, the same way for every realm.
 */
public interface AccountDirectory {

	Realm realm();

	/**
	 * The account with this normalised email, in this scope.
	 *
	 * @param scope the store code for store members and customers, empty otherwise
	 */
	Optional<Account> find(String scope, String email);

	Optional<Account> byId(UUID id);

	/** Stores a new password hash; the account's address counts as verified from now on, as a mailed link proved. */
	void changePassword(UUID id, String passwordHash);

	void markVerified(UUID id);

	/** Where the account's pages live, relative to the public base URL: the links in its mail lead there. */
	String pagesPath(Account account);

	/** Whether the account may sign in only once its address is verified. */
	default boolean requiresVerifiedEmail() {
		return false;
	}

	/**
	 * Creates a self-registered account with its password; empty when the identifier is taken. Only realms that let
	 * people register implement it.
	 */
	default Optional<UUID> register(String scope, String email, String passwordHash, String language) {
		throw new UnsupportedOperationException(realm() + " accounts do not register themselves");
	}

	/** Whether people open the accounts of this realm themselves, rather than being invited. */
	default boolean registers() {
		return false;
	}

	/**
	 * Takes the password off a self-registered account whose address is not verified, so that only a mailed link to
	 * choose one can give it a password again; false if the address is verified.
	 */
	default boolean withdrawUnverifiedPassword(UUID id) {
		throw new UnsupportedOperationException(realm() + " accounts do not register themselves");
	}
}
