package lu.boutik.tenancy;

import java.util.Optional;
import java.util.Set;

import lu.boutik.core.EmailAddresses;
import lu.boutik.core.web.Problem;
import lu.boutik.security.AccessTokens;
import lu.boutik.security.AccessTokens.IssuedToken;
import lu.boutik.security.Passwords;
import lu.boutik.security.Realm;
import lu.boutik.security.SecurityEvents;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Signs in admins, merchant owners and store members. Every failure answers alike, whether the account is unknown or
 * the password wrong, and takes as long.
 */
@Service
class SignIn {

	private final Accounts accounts;
	private final Passwords passwords;
	private final AccessTokens tokens;
	private final SecurityEvents events;

	SignIn(Accounts accounts, Passwords passwords, AccessTokens tokens, SecurityEvents events) {

		this.accounts = accounts;
		this.passwords = passwords;
		this.tokens = tokens;
		this.events = events;
	}

	IssuedToken admin(String email, String password) {
		return check(Realm.ADMIN, accounts.admin(EmailAddresses.normalise(email)), password);
	}

	IssuedToken merchantOwner(String email, String password) {
		return check(Realm.MERCHANT, accounts.merchantOwner(EmailAddresses.normalise(email)), password);
	}

	IssuedToken storeMember(String storeCode, String email, String password) {
		return check(Realm.STORE, accounts.storeMember(storeCode.strip(), EmailAddresses.normalise(email)),
				password);
	}

	private IssuedToken check(Realm realm, Optional<Accounts.Credentials> account, String password) {

		var hash = account.map(Accounts.Credentials::passwordHash).orElse(null);
		if (!passwords.matches(password, hash) || account.isEmpty()) {
			events.signInFailed(realm);
			throw new Problem(HttpStatus.UNAUTHORIZED, "invalid-credentials", "Invalid credentials",
					"The email or the password is wrong.");
		}

		var credentials = account.get();
		return tokens.issue(realm, credentials.id(), credentials.tenantId(), Set.of(credentials.role()));
	}
}
