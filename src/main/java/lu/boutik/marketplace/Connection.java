package lu.boutik.marketplace;

import java.net.URI;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A store's connection to Letzshop, as stored: the API key only in sealed form.
 *
 * @param storeId the store
 * @param endpoint the GraphQL endpoint its requests go to
 * @param sealedApiKey the API key sealed for this store, or none
 * @param apiKeyHint the key's last four characters, to recognise it by
 * @param vendorId the Letzshop vendor the store is linked to
 * @param vendorName that vendor's name
 * @param enabled whether scheduled syncs run
 * @param syncEveryMinutes the schedule, between 15 minutes and a day
 */
record Connection(UUID storeId, URI endpoint, @Nullable String sealedApiKey, @Nullable String apiKeyHint,
		@Nullable String vendorId, @Nullable String vendorName, boolean enabled, int syncEveryMinutes) {

	static final int DEFAULT_SYNC_MINUTES = 60;

	static Connection unconfigured(UUID storeId, URI endpoint) {
		return new Connection(storeId, endpoint, null, null, null, null, false, DEFAULT_SYNC_MINUTES);
	}

	boolean hasApiKey() {
		return sealedApiKey != null;
	}

	/** Whether scheduled syncs should run for it. */
	boolean isActive() {
		return enabled && hasApiKey();
	}
}
