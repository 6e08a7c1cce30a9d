package lu.boutik.security;

import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An account of any realm, as signing in and recovering it need to see it.
 *
 * @param id the account
 * @param tenantId its merchant or store; none for admins
 * @param storeCode the store whose code scopes the account's identifier, for store members and customers
 * @param email its normalised address
 * @param passwordHash its password hash; none while an invitation is not accepted, or after a second registration
 *            of an unverified address withdrew it
 * @param roles its roles within its tenant
 * @param verified whether the address is proven to reach its holder
 * @param language the language its mail is written in: {@code en}, {@code fr}, {@code de} or {@code lb}
 */
public record Account(UUID id, @Nullable UUID tenantId, @Nullable String storeCode, String email,
		@Nullable String passwordHash, Set<String> roles, boolean verified, String language) {
}
