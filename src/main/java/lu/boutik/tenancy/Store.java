package lu.boutik.tenancy;

import java.util.UUID;

/**
 * A store as other modules see it.
 *
 * @param id the store's id
 * @param merchantId the legal business that runs it
 * @param code the unique code in its storefront's address
 * @param name its display name
 * @param defaultLanguage the language its storefront falls back to
 * @param status {@code active}, {@code suspended} or {@code closed}
 */
public record Store(UUID id, UUID merchantId, String code, String name, Language defaultLanguage, String status) {

	public boolean isOpen() {
		return "active".equals(status);
	}
}
