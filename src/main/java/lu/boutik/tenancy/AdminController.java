package lu.boutik.tenancy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import lu.boutik.core.web.Problem;
import lu.boutik.security.AccountAccess;
import lu.boutik.security.Caller;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Platform admins onboard merchants and oversee stores.
 */
@RestController
@RequestMapping("/api/v1/admin")
class AdminController {

	private final Onboarding onboarding;
	private final Merchants merchants;
	private final Stores stores;
	private final StoreDomains domains;
	private final AccountAccess accounts;

	AdminController(Onboarding onboarding, Merchants merchants, Stores stores, StoreDomains domains,
			AccountAccess accounts) {

		this.onboarding = onboarding;
		this.merchants = merchants;
		this.stores = stores;
		this.domains = domains;
		this.accounts = accounts;
	}

	/** Without an owner password, the owner is invited by mail to set one. */
	record NewMerchant(@NotBlank @Size(max = 200) String name, @NotBlank @Email String ownerEmail,
			@Nullable @Size(max = 1024) String ownerPassword) {
	}

	record NewAdmin(@NotBlank @Email String email, @NotBlank String role) {
	}

	record InvitedAdmin(UUID id, String role) {
	}

	@PostMapping("/merchants")
	@ResponseStatus(HttpStatus.CREATED)
	Merchants.Merchant create(@Valid @RequestBody NewMerchant merchant) {
		return onboarding.merchant(merchant.name(), merchant.ownerEmail(), merchant.ownerPassword());
	}

	/** Super admins invite further admins, who set their password from the mailed link. */
	@PostMapping("/admins")
	@ResponseStatus(HttpStatus.CREATED)
	InvitedAdmin invite(Caller caller, @Valid @RequestBody NewAdmin admin) {

		if (!caller.hasRole("super_admin")) {
			throw new Problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", "Only super admins invite admins.");
		}
		return new InvitedAdmin(onboarding.admin(admin.email(), admin.role()), admin.role());
	}

	@GetMapping("/merchants")
	Map<String, List<Merchants.Merchant>> merchants() {
		return Map.of("items", merchants.all());
	}

	@GetMapping("/stores")
	Map<String, List<Store>> stores() {
		return Map.of("items", stores.all());
	}

	@PutMapping("/merchants/{merchantId}/legal-identity")
	Merchants.LegalIdentity legalIdentity(@PathVariable UUID merchantId, @Valid @RequestBody LegalIdentityForm form) {

		if (!merchants.updateLegalIdentity(merchantId, form.identity())) {
			throw Problem.notFound("merchant");
		}
		return form.identity();
	}

	record NewDomain(@NotBlank @Size(max = 253) String domain) {
	}

	/** Adds a custom domain whose ownership the admin has checked, for example through a DNS record. */
	@PostMapping("/stores/{storeId}/domains")
	@ResponseStatus(HttpStatus.CREATED)
	NewDomain addDomain(@PathVariable UUID storeId, @Valid @RequestBody NewDomain domain) {

		var store = stores.byId(storeId).orElseThrow(() -> Problem.notFound("store"));
		domains.addVerified(store.id(), domain.domain());
		return domain;
	}

	record StatusChange(@NotBlank String status) {
	}

	/**
	 * Opens, suspends or closes a store. A store that is not open has no storefront, and everyone signed in to it,
	 * members and customers, is signed out at once.
	 */
	@PutMapping("/stores/{storeId}/status")
	Store changeStatus(@PathVariable UUID storeId, @Valid @RequestBody StatusChange change) {

		if (!Set.of("active", "suspended", "closed").contains(change.status())) {
			throw Problem.invalidField("status", "one of active, suspended, closed");
		}
		if (!stores.changeStatus(storeId, change.status())) {
			throw Problem.notFound("store");
		}
		if (!change.status().equals("active")) {
			accounts.endSessionsOf(storeId);
		}
		return stores.byId(storeId).orElseThrow(() -> Problem.notFound("store"));
	}

	@GetMapping("/stores/{storeId}")
	Store store(@PathVariable UUID storeId) {
		return stores.byId(storeId).orElseThrow(() -> Problem.notFound("store"));
	}
}
