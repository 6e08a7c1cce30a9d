package lu.boutik.test;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import lu.boutik.core.SecureCodes;

/**
 * Creates admins, merchants, stores, members and customers over the API, each with fresh names so tests never share
 * one.
 */
public final class Tenants {

	public static final String PASSWORD = "correct-horse-battery";

	private final Api api;

	public Tenants(Api api) {
		this.api = api;
	}

	/** A merchant with one store and a signed-in owner member of that store. */
	public record StoreTenant(String merchantToken, UUID storeId, String storeCode, String memberEmail,
			String storeToken) {
	}

	/** A merchant owner, signed in. */
	public record MerchantOwner(String email, String token) {
	}

	public static String freshEmail(String prefix, String domain) {
		return prefix + "-" + SecureCodes.base32(10).toLowerCase(Locale.ROOT) + "@" + domain;
	}

	public String merchantToken() {
		return merchant().token();
	}

	public MerchantOwner merchant() {

		var email = freshEmail("owner", "merchant.test");
		var created = api.post("/api/v1/admin/merchants", api.signInAdmin(),
				Map.of("name", "Merchant " + email, "owner_email", email, "owner_password", PASSWORD));
		if (created.status() != 201) {
			throw new AssertionError("merchant not created: " + created.text());
		}
		return new MerchantOwner(email, api.signIn("merchant", Map.of("email", email, "password", PASSWORD)));
	}

	public StoreTenant store(String name) {

		var merchantToken = merchantToken();
		var store = api.post("/api/v1/merchant/stores", merchantToken,
				Map.of("name", name, "default_language", "fr")).json();
		var storeId = UUID.fromString(store.get("id").asString());
		var code = store.get("code").asString();

		var email = freshEmail("member", "store.test");
		var added = api.post("/api/v1/merchant/stores/" + storeId + "/members", merchantToken,
				Map.of("email", email, "password", PASSWORD, "role", "owner"));
		if (added.status() != 201) {
			throw new AssertionError("member not added: " + added.text());
		}

		var token = api.signIn("store", Map.of("email", email, "password", PASSWORD, "store_code", code));
		return new StoreTenant(merchantToken, storeId, code, email, token);
	}

	/** Registers a customer at a store and verifies the address through the mailed link; answers the email. */
	public String verifiedCustomer(String storeCode) {

		var email = freshEmail("customer", "customer.test");
		var registered = api.post("/api/v1/storefront/" + storeCode + "/auth/register", null,
				Map.of("email", email, "password", PASSWORD, "language", "lb"));
		if (registered.status() != 202) {
			throw new AssertionError("customer not registered: " + registered.text());
		}
		var verified = api.post("/api/v1/storefront/" + storeCode + "/auth/verify-email", null,
				Map.of("token", TestMail.awaitTo(email, "E-Mail").token()));
		if (verified.status() != 204) {
			throw new AssertionError("customer not verified: " + verified.text());
		}
		return email;
	}

	/** Invites a platform admin and accepts the invitation with {@link #PASSWORD}; answers the email. */
	public String admin() {

		var email = freshEmail("admin", "boutik.test");
		var invited = api.post("/api/v1/admin/admins", api.signInAdmin(),
				Map.of("email", email, "role", "platform_admin"));
		if (invited.status() != 201) {
			throw new AssertionError("admin not invited: " + invited.text());
		}
		var accepted = api.post("/api/v1/admin/auth/accept-invitation", null,
				Map.of("token", TestMail.awaitTo(email, "Boutik").token(), "password", PASSWORD));
		if (accepted.status() != 200) {
			throw new AssertionError("invitation not accepted: " + accepted.text());
		}
		return email;
	}
}
