package lu.boutik.test;

import java.util.Map;
import java.util.UUID;

import lu.boutik.core.SecureCodes;

/**
 * Creates merchants, stores and members over the API, each with fresh names so tests never share one.
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

	public String merchantToken() {

		var email = "owner-" + SecureCodes.base32(10).toLowerCase() + "@merchant.test";
		var created = api.post("/api/v1/admin/merchants", api.signInAdmin(),
				Map.of("name", "Merchant " + email, "owner_email", email, "owner_password", PASSWORD));
		if (created.status() != 201) {
			throw new AssertionError("merchant not created: " + created.text());
		}
		return api.signIn("merchant", Map.of("email", email, "password", PASSWORD));
	}

	public StoreTenant store(String name) {

		var merchantToken = merchantToken();
		var store = api.post("/api/v1/merchant/stores", merchantToken,
				Map.of("name", name, "default_language", "fr")).json();
		var storeId = UUID.fromString(store.get("id").asString());
		var code = store.get("code").asString();

		var email = "member-" + SecureCodes.base32(10).toLowerCase() + "@store.test";
		var added = api.post("/api/v1/merchant/stores/" + storeId + "/members", merchantToken,
				Map.of("email", email, "password", PASSWORD, "role", "owner"));
		if (added.status() != 201) {
			throw new AssertionError("member not added: " + added.text());
		}

		var token = api.signIn("store", Map.of("email", email, "password", PASSWORD, "store_code", code));
		return new StoreTenant(merchantToken, storeId, code, email, token);
	}
}
