package lu.boutik.security;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import lu.boutik.core.EmailAddresses;
import lu.boutik.core.config.PlatformProperties;
import lu.boutik.core.web.Problem;
import lu.boutik.notifications.Emails;
import lu.boutik.security.OneTimeTokens.Purpose;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signing in to an account of any realm, keeping the session alive, and getting back in: password reset, email
 * verification and invitations. The owner of a realm provides its {@link AccountDirectory}; the rules here hold for
 * every realm alike.
 * <ul>
 * <li>Rate limits are checked first, before any password is hashed or any account is looked up.</li>
 * <li>Identifiers are normalised before both.</li>
 * <li>Sign-in, forgot-password, resend-verification and registration answer the same, in about the same time,
 * whether the account exists, is unverified or is known.</li>
 * <li>A password change or reset voids every mailed token and ends every session of the account.</li>
 * <li>Links in mail are built from the configured public base URL only, and carry their token in the fragment, which
 * browsers send to no server.</li>
 * <li>A verification link activates a password only while it is the one password ever proposed for the address. A
 * registration that finds the address registered but unverified may be a stranger's, or the owner's after a
 * stranger's: it withdraws the pending password, voids every link mailed so far and mails a link to choose a
 * password instead, which verifies the address once used. Whoever registers again later, before or after the owner,
 * changes nothing but the link the owner has to use.</li>
 * </ul>
 * What this cannot prevent: when a stranger is the only one to register an address, and its holder follows the
 * verification link of a registration they never made, the stranger's password is the account's. The mail says to
 * ignore it if they did not ask for it. A stranger can also keep voiding the owner's links by registering again, as
 * often as the registration limit allows, just as asking for password resets can.
 */
@Service
public class AccountAccess {

	private final Map<Realm, AccountDirectory> directories = new EnumMap<>(Realm.class);
	private final Passwords passwords;
	private final Sessions sessions;
	private final OneTimeTokens tokens;
	private final RateLimits limits;
	private final Emails emails;
	private final SecurityEvents events;
	private final AccountProperties properties;
	private final TransactionTemplate transactions;
	private final String baseUrl;

	AccountAccess(List<AccountDirectory> directories, Passwords passwords, Sessions sessions, OneTimeTokens tokens,
			RateLimits limits, Emails emails, SecurityEvents events, AccountProperties properties,
			PlatformProperties platform, TransactionTemplate transactions) {

		directories.forEach(directory -> this.directories.put(directory.realm(), directory));
		this.passwords = passwords;
		this.sessions = sessions;
		this.tokens = tokens;
		this.limits = limits;
		this.emails = emails;
		this.events = events;
		this.properties = properties;
		this.transactions = transactions;
		this.baseUrl = platform.publicBaseUrl().toString().replaceAll("/+$", "");
	}

	/**
	 * Signs in with a password and opens a session.
	 *
	 * @param scope the store code for store members and customers, empty otherwise
	 */
	public IssuedToken signIn(Realm realm, ClientAddress client, String scope, String email, String password) {

		var directory = directory(realm);
		var normalised = EmailAddresses.normalise(email);
		var store = normaliseScope(scope);
		limits.check(Limit.SIGN_IN, realm, client, identifier(store, normalised));

		var account = directory.find(store, normalised);
		var matches = passwords.matches(password, account.map(Account::passwordHash).orElse(null));
		if (!matches || account.isEmpty() || (directory.requiresVerifiedEmail() && !account.get().verified())) {
			events.signInFailed(realm);
			throw invalidCredentials();
		}
		return open(realm, account.get());
	}

	/** Trades a refresh token for the next pair; a token used before ends its session. */
	public IssuedToken refresh(Realm realm, String refreshToken, @Nullable String storeCode) {
		return sessions.refresh(realm, refreshToken, storeCode == null ? null : normaliseScope(storeCode));
	}

	/** Ends the session of a refresh token, and so every access token it issued. */
	public void logout(Realm realm, String refreshToken) {
		sessions.close(realm, refreshToken);
	}

	/** Mails a password-reset link if the account exists; answers alike either way. */
	public void forgotPassword(Realm realm, ClientAddress client, String scope, String email) {

		var directory = directory(realm);
		var normalised = EmailAddresses.normalise(email);
		var store = normaliseScope(scope);
		limits.check(Limit.RECOVERY, realm, client, identifier(store, normalised));

		steadily(() -> transactions.executeWithoutResult(status -> directory.find(store, normalised)
				.ifPresent(account -> mailLink(directory, account, Purpose.PASSWORD_RESET))));
	}

	/** Sets a new password with a reset link's token, ending every session of the account. */
	public void resetPassword(Realm realm, ClientAddress client, String token, String password) {

		var directory = directory(realm);
		limits.check(Limit.RECOVERY, realm, client, "token:" + token);
		var hash = passwords.hashNew("password", password);

		transactions.executeWithoutResult(status -> {
			var account = tokens.consume(Purpose.PASSWORD_RESET, realm, token)
					.flatMap(directory::byId)
					.orElseThrow(AccountAccess::invalidToken);
			replacePassword(directory, account, hash);
		});
	}

	/** Changes a signed-in caller's password; every session ends, and the answer opens a new one. */
	public IssuedToken changePassword(Caller caller, ClientAddress client, String currentPassword,
			String newPassword) {

		var directory = directory(caller.realm());
		limits.check(Limit.SIGN_IN, caller.realm(), client, "account:" + caller.accountId());

		var account = directory.byId(caller.accountId());
		if (!passwords.matches(currentPassword, account.map(Account::passwordHash).orElse(null))
				|| account.isEmpty()) {
			events.signInFailed(caller.realm());
			throw invalidCredentials();
		}
		var hash = passwords.hashNew("new_password", newPassword);

		transactions.executeWithoutResult(status -> replacePassword(directory, account.get(), hash));
		return open(caller.realm(), account.get());
	}

	/** Marks an address verified with the token of a verification link. */
	public void verifyEmail(Realm realm, String token) {

		var directory = directory(realm);
		transactions.executeWithoutResult(status -> {
			var account = tokens.consume(Purpose.VERIFICATION, realm, token).orElseThrow(AccountAccess::invalidToken);
			directory.markVerified(account);
		});
	}

	/**
	 * Mails a new verification link to an unverified account, or a new invitation to one that has not accepted its
	 * invitation yet; answers alike whatever the account.
	 */
	public void resendVerification(Realm realm, ClientAddress client, String scope, String email) {

		var directory = directory(realm);
		var normalised = EmailAddresses.normalise(email);
		var store = normaliseScope(scope);
		limits.check(Limit.RECOVERY, realm, client, identifier(store, normalised));

		steadily(() -> transactions.executeWithoutResult(status -> directory.find(store, normalised)
				.ifPresent(account -> {
					if (account.passwordHash() == null) {
						mailLink(directory, account, directory.registers() ? Purpose.PASSWORD_RESET
								: Purpose.INVITATION);
					}
					else if (!account.verified()) {
						mailLink(directory, account, Purpose.VERIFICATION);
					}
				})));
	}

	/** Sets the first password of an invited account and signs it in. */
	public IssuedToken acceptInvitation(Realm realm, String token, String password) {

		var directory = directory(realm);
		var hash = passwords.hashNew("password", password);

		var account = transactions.execute(status -> {
			var invited = tokens.consume(Purpose.INVITATION, realm, token)
					.flatMap(directory::byId)
					.orElseThrow(AccountAccess::invalidToken);
			directory.changePassword(invited.id(), hash);
			return invited;
		});
		return open(realm, account);
	}

	/**
	 * Registers an account of a realm that allows it and mails it a verification link. An identifier that is taken
	 * and unverified loses its pending password and gets a link to choose one; a verified one gets nothing. The caller
	 * cannot tell which happened.
	 */
	public void register(Realm realm, ClientAddress client, String scope, String email, String password,
			String language) {

		var directory = directory(realm);
		var normalised = EmailAddresses.normalise(email);
		var store = normaliseScope(scope);
		limits.check(Limit.REGISTRATION, realm, client, identifier(store, normalised));
		var hash = passwords.hashNew("password", password);

		steadily(() -> transactions.executeWithoutResult(status -> {
			var created = directory.register(store, normalised, hash, language);
			if (created.isPresent()) {
				directory.byId(created.get()).ifPresent(account -> mailLink(directory, account, Purpose.VERIFICATION));
				return;
			}
			directory.find(store, normalised).filter(found -> !found.verified())
					.ifPresent(found -> withdrawPendingPassword(directory, found));
		}));
	}

	/** Signs out everyone signed in within a tenant: its members and, for a store, its customers. */
	public void endSessionsOf(UUID tenantId) {
		sessions.closeAllOfTenant(tenantId);
	}

	/** Mails an invitation to set a password to an account created without one. Joins the caller's transaction. */
	public void invite(Realm realm, UUID accountId) {

		var directory = directory(realm);
		var account = directory.byId(accountId).orElseThrow(() -> Problem.notFound("account"));
		mailLink(directory, account, Purpose.INVITATION);
	}

	/** Mails a verification link to an account. Joins the caller's transaction. */
	public void requestVerification(Realm realm, UUID accountId) {

		var directory = directory(realm);
		var account = directory.byId(accountId).orElseThrow(() -> Problem.notFound("account"));
		mailLink(directory, account, Purpose.VERIFICATION);
	}

	private IssuedToken open(Realm realm, Account account) {
		return sessions.open(realm, account.id(), account.tenantId(), account.storeCode(), account.roles());
	}

	private void replacePassword(AccountDirectory directory, Account account, String hash) {

		var realm = directory.realm();
		directory.changePassword(account.id(), hash);
		tokens.voidAll(realm, account.id());
		sessions.closeAll(realm, account.id());
		emails.send(Emails.PASSWORD_CHANGED, account.language(), account.email(), Map.of());
	}

	/**
	 * Voids the links first and then the password: verifying spends its link before it marks the account, so taking
	 * the locks in the same order keeps the two from deadlocking, and a link spent first leaves a verified account.
	 */
	private void withdrawPendingPassword(AccountDirectory directory, Account account) {

		tokens.voidAll(directory.realm(), account.id());
		if (directory.withdrawUnverifiedPassword(account.id())) {
			mailLink(directory, account, Purpose.PASSWORD_RESET);
		}
	}

	private void mailLink(AccountDirectory directory, Account account, Purpose purpose) {

		var lifetime = switch (purpose) {
			case VERIFICATION -> properties.verificationTtl();
			case INVITATION -> properties.invitationTtl();
			case PASSWORD_RESET -> properties.passwordResetTtl();
		};
		var token = tokens.issue(purpose, directory.realm(), account.id(), lifetime);
		var action = switch (purpose) {
			case VERIFICATION -> "verify-email";
			case INVITATION -> "accept-invitation";
			case PASSWORD_RESET -> "reset-password";
		};
		var template = switch (purpose) {
			case VERIFICATION -> Emails.EMAIL_VERIFICATION;
			case INVITATION -> Emails.INVITATION;
			case PASSWORD_RESET -> Emails.PASSWORD_RESET;
		};

		var link = baseUrl + directory.pagesPath(account) + "/" + action + "#token=" + token;
		emails.send(template, account.language(), account.email(), Map.of("link", link,
				"valid_hours", Long.toString(Math.max(1, lifetime.toHours())),
				"valid_minutes", Long.toString(lifetime.toMinutes())));
	}

	/** Runs work and then waits out the rest of the steady answer time, so its duration tells nothing. */
	private void steadily(Runnable work) {

		var deadline = System.nanoTime() + properties.steadyAnswerTime().toNanos();
		try {
			work.run();
		}
		finally {
			var remaining = deadline - System.nanoTime();
			if (remaining > 0) {
				try {
					Thread.sleep(Duration.ofNanos(remaining));
				}
				catch (InterruptedException exception) {
					Thread.currentThread().interrupt();
				}
			}
		}
	}

	private AccountDirectory directory(Realm realm) {

		var directory = directories.get(realm);
		if (directory == null) {
			throw new IllegalStateException("no account directory for " + realm);
		}
		return directory;
	}

	private static String normaliseScope(String scope) {
		return scope.strip().toLowerCase(Locale.ROOT);
	}

	private static String identifier(String scope, String email) {
		return scope.isEmpty() ? email : scope + "/" + email;
	}

	static Problem invalidCredentials() {
		return new Problem(HttpStatus.UNAUTHORIZED, "invalid-credentials", "Invalid credentials",
				"The email or the password is wrong.");
	}

	static Problem invalidToken() {
		return new Problem(HttpStatus.BAD_REQUEST, "invalid-token", "Invalid link",
				"The link is unknown, used or expired; ask for a new one.");
	}
}
