package lu.boutik.tenancy;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import lu.boutik.security.AccessTokens.IssuedToken;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The sign-in endpoints of the admin, merchant and store realms.
 */
@RestController
class SignInController {

	private final SignIn signIn;

	SignInController(SignIn signIn) {
		this.signIn = signIn;
	}

	record Login(@NotBlank String email, @NotBlank String password) {
	}

	record StoreLogin(@NotBlank String email, @NotBlank String password, @NotBlank String storeCode) {
	}

	@PostMapping("/api/v1/admin/auth/login")
	IssuedToken admin(@Valid @RequestBody Login login) {
		return signIn.admin(login.email(), login.password());
	}

	@PostMapping("/api/v1/merchant/auth/login")
	IssuedToken merchant(@Valid @RequestBody Login login) {
		return signIn.merchantOwner(login.email(), login.password());
	}

	@PostMapping("/api/v1/store/auth/login")
	IssuedToken store(@Valid @RequestBody StoreLogin login) {
		return signIn.storeMember(login.storeCode(), login.email(), login.password());
	}
}
