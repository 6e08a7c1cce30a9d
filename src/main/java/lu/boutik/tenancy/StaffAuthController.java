package lu.boutik.tenancy;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import lu.boutik.core.web.Problem;
import lu.boutik.security.AccountAccess;
import lu.boutik.security.Caller;
import lu.boutik.security.ClientAddress;
import lu.boutik.security.IssuedToken;
import lu.boutik.security.Realm;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Sign-in, sessions and recovery of the admin, merchant and store realms, under {@code /api/v1/<realm>/auth/}.
 * Store members name their store with {@code store_code} wherever they name their email. The realm is read from
 * the mapping the request matched, which routing and the security chain agree on, never from the raw request line:
 * {@code /api/v1/%61dmin/auth/login} is an admin sign-in.
 */
@RestController
@RequestMapping({ "/api/v1/admin/auth", "/api/v1/merchant/auth", "/api/v1/store/auth" })
class StaffAuthController {

	private final AccountAccess access;

	StaffAuthController(AccountAccess access) {
		this.access = access;
	}

	record Login(@NotBlank @Size(max = 320) String email, @NotBlank @Size(max = 1024) String password,
			@Nullable String storeCode) {
	}

	record Identifier(@NotBlank @Size(max = 320) String email, @Nullable String storeCode) {
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

	@PostMapping("/login")
	IssuedToken login(HttpServletRequest request, ClientAddress client, @Valid @RequestBody Login login) {

		var which = realm(request);
		return access.signIn(which, client, scope(which, login.storeCode()), login.email(), login.password());
	}

	@PostMapping("/refresh")
	IssuedToken refresh(HttpServletRequest request, @Valid @RequestBody RefreshToken token) {
		return access.refresh(realm(request), token.refreshToken(), null);
	}

	@PostMapping("/logout")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void logout(HttpServletRequest request, @Valid @RequestBody RefreshToken token) {
		access.logout(realm(request), token.refreshToken());
	}

	@PostMapping("/forgot-password")
	@ResponseStatus(HttpStatus.ACCEPTED)
	void forgotPassword(HttpServletRequest request, ClientAddress client, @Valid @RequestBody Identifier who) {

		var which = realm(request);
		access.forgotPassword(which, client, scope(which, who.storeCode()), who.email());
	}

	@PostMapping("/reset-password")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void resetPassword(HttpServletRequest request, ClientAddress client,
			@Valid @RequestBody TokenAndPassword reset) {
		access.resetPassword(realm(request), client, reset.token(), reset.password());
	}

	@PostMapping("/change-password")
	IssuedToken changePassword(Caller caller, ClientAddress client, @Valid @RequestBody PasswordChange change) {
		return access.changePassword(caller, client, change.currentPassword(), change.newPassword());
	}

	@PostMapping("/verify-email")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void verifyEmail(HttpServletRequest request, @Valid @RequestBody Token token) {
		access.verifyEmail(realm(request), token.token());
	}

	@PostMapping("/resend-verification")
	@ResponseStatus(HttpStatus.ACCEPTED)
	void resendVerification(HttpServletRequest request, ClientAddress client, @Valid @RequestBody Identifier who) {

		var which = realm(request);
		access.resendVerification(which, client, scope(which, who.storeCode()), who.email());
	}

	@PostMapping("/accept-invitation")
	IssuedToken acceptInvitation(HttpServletRequest request, @Valid @RequestBody TokenAndPassword invitation) {
		return access.acceptInvitation(realm(request), invitation.token(), invitation.password());
	}

	/** The realm is the segment after {@code /api/v1/} of the pattern that matched. */
	private static Realm realm(HttpServletRequest request) {

		var pattern = String.valueOf(request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE));
		return switch (pattern.split("/")[3]) {
			case "admin" -> Realm.ADMIN;
			case "merchant" -> Realm.MERCHANT;
			case "store" -> Realm.STORE;
			default -> throw new IllegalStateException("no realm is mapped at " + pattern);
		};
	}

	/** Store members are scoped by their store; the other realms have one account per email. */
	private static String scope(Realm realm, @Nullable String storeCode) {

		if (realm != Realm.STORE) {
			return "";
		}
		if (storeCode == null || storeCode.isBlank()) {
			throw Problem.invalidField("store_code", "the code of the member's store");
		}
		return storeCode;
	}
}
