package lu.boutik.security;

import java.util.Set;
import java.util.UUID;

import lu.boutik.core.web.Problem;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/**
 * Who sent a request, as its verified token says. Controllers take it as a parameter; for a store member or a
 * customer, {@link #tenantId()} is the store and the only store whose data the request may touch.
 *
 * @param realm the realm the token was issued for
 * @param accountId the signed-in account
 * @param tenantId the merchant (merchant realm) or store (store and customer realms); none for admins
 * @param roles the account's roles within its tenant
 */
public record Caller(Realm realm, UUID accountId, @Nullable UUID tenantId, Set<String> roles) {

	/** The store of a store member or customer. */
	public UUID storeId() {

		if ((realm != Realm.STORE && realm != Realm.CUSTOMER) || tenantId == null) {
			throw new IllegalStateException("a " + realm + " caller has no store");
		}
		return tenantId;
	}

	/** The merchant of a merchant owner. */
	public UUID merchantId() {

		if (realm != Realm.MERCHANT || tenantId == null) {
			throw new IllegalStateException("a " + realm + " caller has no merchant");
		}
		return tenantId;
	}

	public boolean hasRole(String role) {
		return roles.contains(role);
	}

	/** Refuses, as forbidden, a caller with none of {@code allowed}; {@code action} says what they may not do. */
	public Caller requireRole(String action, String... allowed) {

		for (var role : allowed) {
			if (hasRole(role)) {
				return this;
			}
		}
		throw new Problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
				"Only a store's " + String.join(" or ", allowed) + " may " + action + ".");
	}
}
