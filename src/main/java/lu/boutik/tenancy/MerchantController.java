package lu.boutik.tenancy;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import lu.boutik.core.web.Problem;
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
 * A merchant owner opens stores and gives people access to them.
 */
@RestController
@RequestMapping("/api/v1/merchant")
class MerchantController {

	private final StoreOpening opening;
	private final Stores stores;
	private final Onboarding onboarding;
	private final Merchants merchants;

	MerchantController(StoreOpening opening, Stores stores, Onboarding onboarding, Merchants merchants) {

		this.opening = opening;
		this.stores = stores;
		this.onboarding = onboarding;
		this.merchants = merchants;
	}

	record NewStore(@NotBlank @Size(max = 120) String name, @NotBlank String defaultLanguage) {
	}

	/** Without a password, the member is invited by mail to set one. */
	record NewMember(@NotBlank @Email String email, @Nullable @Size(max = 1024) String password,
			@NotBlank String role) {
	}

	record OpenedStore(UUID id, String code, String name) {
	}

	record AddedMember(UUID id, String role) {
	}

	@PostMapping("/stores")
	@ResponseStatus(HttpStatus.CREATED)
	OpenedStore open(Caller caller, @Valid @RequestBody NewStore store) {

		var opened = opening.open(caller.merchantId(), store.name(),
				Language.of("default_language", store.defaultLanguage()));
		return new OpenedStore(opened.id(), opened.code(), opened.name());
	}

	@GetMapping("/stores")
	Map<String, List<Store>> stores(Caller caller) {
		return Map.of("items", stores.ofMerchant(caller.merchantId()));
	}

	@PostMapping("/stores/{storeId}/members")
	@ResponseStatus(HttpStatus.CREATED)
	AddedMember addMember(Caller caller, @PathVariable UUID storeId, @Valid @RequestBody NewMember member) {

		var store = ownStore(caller, storeId);
		if (!store.isOpen()) {
			throw Problem.conflict("store-not-open", "The store is " + store.status() + "; it takes no new members.");
		}
		var id = onboarding.storeMember(store, member.email(), member.password(), member.role());
		return new AddedMember(id, member.role());
	}

	@GetMapping("/legal-identity")
	Merchants.LegalIdentity legalIdentity(Caller caller) {
		return merchants.legalIdentity(caller.merchantId()).orElseThrow(() -> Problem.notFound("merchant"));
	}

	@PutMapping("/legal-identity")
	Merchants.LegalIdentity changeLegalIdentity(Caller caller, @Valid @RequestBody LegalIdentityForm form) {

		merchants.updateLegalIdentity(caller.merchantId(), form.identity());
		return form.identity();
	}

	private Store ownStore(Caller caller, UUID storeId) {

		var store = stores.byId(storeId).orElseThrow(() -> Problem.notFound("store"));
		if (!store.merchantId().equals(caller.merchantId())) {
			throw Problem.foreignTenant();
		}
		return store;
	}
}
