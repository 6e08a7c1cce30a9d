package lu.boutik.tenancy;

import java.util.Set;
import java.util.UUID;

import lu.boutik.core.EmailAddresses;
import lu.boutik.core.web.Problem;
import lu.boutik.security.AccountAccess;
import lu.boutik.security.Passwords;
import lu.boutik.security.Realm;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings admins, merchants, their owners and their store members onto the platform. An account created without a
 * password is invited by mail to set one; an account created with one is asked by mail to confirm its address.
 */
@Service
class Onboarding {

	static final Set<String> STORE_ROLES = Set.of("owner", "manager", "staff");
	static final Set<String> ADMIN_ROLES = Set.of("super_admin", "platform_admin");

	private final Merchants merchants;
	private final Accounts accounts;
	private final Passwords passwords;
	private final AccountAccess access;

	Onboarding(Merchants merchants, Accounts accounts, Passwords passwords, AccountAccess access) {

		this.merchants = merchants;
		this.accounts = accounts;
		this.passwords = passwords;
		this.access = access;
	}

	@Transactional
	UUID admin(String email, String role) {

		if (!ADMIN_ROLES.contains(role)) {
			throw Problem.invalidField("role", "one of super_admin, platform_admin");
		}
		var id = UUID.randomUUID();
		if (!accounts.insertAdmin(id, EmailAddresses.normalise(email), null, role)) {
			throw Problem.conflict("account-exists", "An admin with this email exists already.");
		}
		access.invite(Realm.ADMIN, id);
		return id;
	}

	@Transactional
	Merchants.Merchant merchant(String name, String ownerEmail, @Nullable String ownerPassword) {

		var hash = hashIfGiven("owner_password", ownerPassword);
		var merchant = new Merchants.Merchant(UUID.randomUUID(), name.strip());
		merchants.insert(merchant);

		var ownerId = UUID.randomUUID();
		if (!accounts.insertMerchantOwner(ownerId, merchant.id(), EmailAddresses.normalise(ownerEmail), hash)) {
			throw Problem.conflict("account-exists", "An account with this email exists already.");
		}
		welcome(Realm.MERCHANT, ownerId, hash);
		return merchant;
	}

	@Transactional
	UUID storeMember(Store store, String email, @Nullable String password, String role) {

		if (!STORE_ROLES.contains(role)) {
			throw Problem.invalidField("role", "one of owner, manager, staff");
		}

		var id = UUID.randomUUID();
		var hash = hashIfGiven("password", password);
		if (!accounts.insertStoreMember(id, store.id(), EmailAddresses.normalise(email), hash, role,
				store.defaultLanguage())) {
			throw Problem.conflict("account-exists", "This store has a member with this email already.");
		}
		welcome(Realm.STORE, id, hash);
		return id;
	}

	private @Nullable String hashIfGiven(String field, @Nullable String password) {
		return password == null || password.isEmpty() ? null : passwords.hashNew(field, password);
	}

	private void welcome(Realm realm, UUID id, @Nullable String hash) {

		if (hash == null) {
			access.invite(realm, id);
		}
		else {
			access.requestVerification(realm, id);
		}
	}
}
