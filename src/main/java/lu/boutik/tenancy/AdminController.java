package lu.boutik.tenancy;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import lu.boutik.core.web.Problem;
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

	AdminController(Onboarding onboarding, Merchants merchants, Stores stores, StoreDomains domains) {

		this.onboarding = onboarding;
		this.merchants = merchants;
		this.stores = stores;
		this.domains = domains;
	}

	record NewMerchant(@NotBlank @Size(max = 200) String name, @NotBlank @Email String ownerEmail,
			@NotBlank String ownerPassword) {
	}

	@PostMapping("/merchants")
	@ResponseStatus(HttpStatus.CREATED)
	Merchants.Merchant create(@Valid @RequestBody NewMerchant merchant) {
		return onboarding.merchant(merchant.name(), merchant.ownerEmail(), merchant.ownerPassword());
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

	@GetMapping("/stores/{storeId}")
	Store store(@PathVariable UUID storeId) {
		return stores.byId(storeId).orElseThrow(() -> Problem.notFound("store"));
	}
}
