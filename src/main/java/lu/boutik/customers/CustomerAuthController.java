package lu.boutik.customers;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import lu.boutik.core.web.Problem;
import lu.boutik.security.AccountAccess;
import lu.boutik.security.Caller;
import lu.boutik.security.ClientAddress;
import lu.boutik.security.IssuedToken;
import lu.boutik.security.Realm;
import lu.boutik.tenancy.Stores;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A storefront's customer accounts, under {@code /api/v1/storefront/<store code>/auth/}. Registration answers alike
 * whether the email is new or taken; the verification mail, or its absence, tells the holder of the address.
 */
@RestController
@RequestMapping("/api/v1/storefront/{storeCode}/auth")
class CustomerAuthController {

	private final AccountAccess access;
	private final Stores stores;

	CustomerAuthController(AccountAccess access, Stores stores) {

		this.access = access;
		this.stores = stores;
	}

	record Registration(@NotBlank @Email @Size(max = 320) String email, @NotBlank @Size(max = 1024) String password,
			@Nullable String language) {
	}

	record Login(@NotBlank @Size(max = 320) String email, @NotBlank @Size(max = 1024) String password) {
	}

	record Identifier(@NotBlank @Size(max = 320) String email) {
	}

	record TokenAndPassword(@NotBlank String token, @NotBlank @Size(max = 1024) String password) {
	}

	record PasswordChange(@NotBlank @Size(max = 1024) String currentPassword,
			@NotBlank @Size(max = 1024) String newPassword) {
	}

	record Token(@NotBlank String token) {
	}

	record RefreshToken(@NotBlank String refreshToken) {
	}

	@PostMapping("/register")
	@ResponseStatus(HttpStatus.ACCEPTED)
	void register(@PathVariable String storeCode, ClientAddress client,
			@Valid @RequestBody Registration registration) {

		openStore(storeCode);
		access.register(Realm.CUSTOMER, client, storeCode, registration.email(), registration.password(),
				registration.language() == null ? "" : registration.language());
	}

	@PostMapping("/login")
	IssuedToken login(@PathVariable String storeCode, ClientAddress client, @Valid @RequestBody Login login) {
		return access.signIn(Realm.CUSTOMER, client, storeCode, login.email(), login.password());
	}

	@PostMapping("/refresh")
	IssuedToken refresh(@PathVariable String storeCode, @Valid @RequestBody RefreshToken token) {
		return access.refresh(Realm.CUSTOMER, token.refreshToken(), storeCode);
	}

	@PostMapping("/logout")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void logout(@Valid @RequestBody RefreshToken token) {
		access.logout(Realm.CUSTOMER, token.refreshToken());
	}

	@PostMapping("/verify-email")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void verifyEmail(@Valid @RequestBody Token token) {
		access.verifyEmail(Realm.CUSTOMER, token.token());
	}

	@PostMapping("/resend-verification")
	@ResponseStatus(HttpStatus.ACCEPTED)
	void resendVerification(@PathVariable String storeCode, ClientAddress client,
			@Valid @RequestBody Identifier who) {
		access.resendVerification(Realm.CUSTOMER, client, storeCode, who.email());
	}

	@PostMapping("/forgot-password")
	@ResponseStatus(HttpStatus.ACCEPTED)
	void forgotPassword(@PathVariable String storeCode, ClientAddress client, @Valid @RequestBody Identifier who) {
		access.forgotPassword(Realm.CUSTOMER, client, storeCode, who.email());
	}

	@PostMapping("/reset-password")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void resetPassword(ClientAddress client, @Valid @RequestBody TokenAndPassword reset) {
		access.resetPassword(Realm.CUSTOMER, client, reset.token(), reset.password());
	}

	/** The security chain has checked that the caller is a customer of the store in the path. */
	@PostMapping("/change-password")
	IssuedToken changePassword(Caller caller, ClientAddress client, @Valid @RequestBody PasswordChange change) {
		return access.changePassword(caller, client, change.currentPassword(), change.newPassword());
	}

	private void openStore(String storeCode) {
		if (stores.byCode(storeCode.strip()).filter(store -> store.isOpen()).isEmpty()) {
			throw Problem.notFound("store");
		}
	}
}
