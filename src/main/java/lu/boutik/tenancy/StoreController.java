package lu.boutik.tenancy;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;

import lu.boutik.core.web.Problem;
import lu.boutik.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * What store members do about their own store's team: owners invite anyone, managers invite managers and staff.
 */
@RestController
@RequestMapping("/api/v1/store")
class StoreController {

	private final Stores stores;
	private final Onboarding onboarding;

	StoreController(Stores stores, Onboarding onboarding) {

		this.stores = stores;
		this.onboarding = onboarding;
	}

	record Invitation(@NotBlank @Email String email, @NotBlank String role) {
	}

	record InvitedMember(UUID id, String role) {
	}

	@PostMapping("/members")
	@ResponseStatus(HttpStatus.CREATED)
	InvitedMember invite(Caller caller, @Valid @RequestBody Invitation invitation) {

		var allowed = caller.hasRole("owner") || (caller.hasRole("manager") && !"owner".equals(invitation.role()));
		if (!allowed) {
			throw new Problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
					"Owners invite any member, managers invite managers and staff.");
		}
		var store = stores.byId(caller.storeId()).orElseThrow(() -> Problem.notFound("store"));
		return new InvitedMember(onboarding.storeMember(store, invitation.email(), null, invitation.role()),
				invitation.role());
	}
}
