package lu.boutik.security;

import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

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
}
