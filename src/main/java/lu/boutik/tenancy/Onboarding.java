package lu.boutik.tenancy;

import java.util.Set;
import java.util.UUID;

import lu.boutik.core.EmailAddresses;
import lu.boutik.core.web.Problem;
import lu.boutik.security.Passwords;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings merchants, their owners and their store members onto the platform.
 */
@Service
class Onboarding {

	static final Set<String> STORE_ROLES = Set.of("owner", "manager", "staff");

	private final Merchants merchants;
	private final Accounts accounts;
	private final Passwords passwords;

	Onboarding(Merchants merchants, Accounts accounts, Passwords passwords) {

		this.merchants = merchants;
		this.accounts = accounts;
		this.passwords = passwords;
	}

	@Transactional
	Merchants.Merchant merchant(String name, String ownerEmail, String ownerPassword) {

		var hash = passwords.hashNew("owner_password", ownerPassword);
		var merchant = new Merchants.Merchant(UUID.randomUUID(), name.strip());
		merchants.insert(merchant);

		if (!accounts.insertMerchantOwner(UUID.randomUUID(), merchant.id(), EmailAddresses.normalise(ownerEmail),
				hash)) {
			throw Problem.conflict("account-exists", "An account with this email exists already.");
		}
		return merchant;
	}

	@Transactional
	UUID storeMember(Store store, String email, String password, String role) {

		if (!STORE_ROLES.contains(role)) {
			throw Problem.invalidField("role", "one of owner, manager, staff");
		}

		var id = UUID.randomUUID();
		if (!accounts.insertStoreMember(id, store.id(), EmailAddresses.normalise(email),
				passwords.hashNew("password", password), role)) {
			throw Problem.conflict("account-exists", "This store has a member with this email already.");
		}
		return id;
	}
}
