package lu.boutik.marketplace;

import java.net.URI;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lu.boutik.core.crypto.SecretBox;
import lu.boutik.core.web.Problem;
import lu.boutik.marketplace.client.LetzshopEndpoint;

/**
 * A store's Letzshop settings. The API key is sealed for the store it belongs to before it is stored, opened only
 * to send a request, and never shown: a view tells whether a key is set and its last four characters.
 */
@Service
class LetzshopSettings {

	static final int MIN_SYNC_MINUTES = 15;
	static final int MAX_SYNC_MINUTES = 1440;
	private static final int HINT_LENGTH = 4;

	private final Connections connections;
	private final SecretBox secrets;
	private final LetzshopProperties properties;
	private final SyncSchedule schedule;

	LetzshopSettings(Connections connections, SecretBox secrets, LetzshopProperties properties,
			SyncSchedule schedule) {

		this.connections = connections;
		this.secrets = secrets;
		this.properties = properties;
		this.schedule = schedule;
	}

	/** What a member or admin may see of a connection. */
	record View(URI endpoint, boolean apiKeySet, @Nullable String apiKeyHint, @Nullable String vendorId,
			@Nullable String vendorName, boolean enabled, int syncEveryMinutes) {

		static View of(Connection connection) {
			return new View(connection.endpoint(), connection.hasApiKey(),
					connection.apiKeyHint() == null ? null : "…" + connection.apiKeyHint(), connection.vendorId(),
					connection.vendorName(), connection.enabled(), connection.syncEveryMinutes());
		}
	}

	/** A change of settings; what is left out stays as it is. */
	record Change(@Nullable String apiKey, @Nullable URI endpoint, @Nullable Boolean enabled,
			@Nullable Integer syncEveryMinutes) {
	}

	View view(UUID storeId) {
		return View.of(connection(storeId));
	}

	@Transactional
	View change(UUID storeId, Change change) {

		if (change.apiKey() == null && change.endpoint() == null && change.enabled() == null
				&& change.syncEveryMinutes() == null) {
			throw Problem.invalidField("settings", "at least one of api_key, endpoint, enabled, sync_every_minutes");
		}

		var current = connection(storeId);

		var endpoint = change.endpoint() == null ? current.endpoint() : admitted(change.endpoint());
		var minutes = change.syncEveryMinutes() == null ? current.syncEveryMinutes() : change.syncEveryMinutes();
		if (minutes < MIN_SYNC_MINUTES || minutes > MAX_SYNC_MINUTES) {
			throw Problem.invalidField("sync_every_minutes", "between 15 and 1440");
		}

		var sealed = current.sealedApiKey();
		var hint = current.apiKeyHint();
		if (change.apiKey() != null) {
			var key = validKey(change.apiKey());
			sealed = seal(storeId, key);
			hint = key.substring(key.length() - HINT_LENGTH);
		}

		var enabled = change.enabled() == null ? current.enabled() : change.enabled();
		if (enabled && sealed == null) {
			throw Problem.invalidField("enabled", "an API key first");
		}

		var changed = new Connection(storeId, endpoint, sealed, hint, current.vendorId(), current.vendorName(),
				enabled, minutes);
		connections.save(changed);
		schedule.follow(changed);
		return View.of(changed);
	}

	@Transactional
	View removeKey(UUID storeId) {

		var current = connection(storeId);
		if (!current.hasApiKey()) {
			throw notConnected();
		}
		var changed = new Connection(storeId, current.endpoint(), null, null, current.vendorId(),
				current.vendorName(), false, current.syncEveryMinutes());
		connections.save(changed);
		schedule.follow(changed);
		return View.of(changed);
	}

	/**
	 * The endpoint and opened key to talk to Letzshop for the store. A key sealed under a key that is no longer the
	 * current one is sealed again under the current one, so that old keys can be retired.
	 */
	LetzshopEndpoint endpoint(UUID storeId) {

		var connection = connection(storeId);
		if (connection.sealedApiKey() == null) {
			throw notConnected();
		}

		var sealed = connection.sealedApiKey();
		var key = open(storeId, sealed);
		if (secrets.needsResealing(sealed)) {
			connections.resealed(storeId, sealed, seal(storeId, key));
		}
		return new LetzshopEndpoint(connection.endpoint(), key);
	}

	/** The endpoint a store would use, refused unless it names one of the hosts the platform allows. */
	URI admitted(URI endpoint) {

		if (!properties.admits(endpoint)) {
			throw Problem.invalidField("endpoint", "an http(s) URL on one of " + properties.endpointHosts());
		}
		return endpoint;
	}

	private static Problem notConnected() {
		return new Problem(HttpStatus.CONFLICT, "letzshop-not-connected", "Letzshop not connected",
				"The store has no Letzshop API key.");
	}

	static String validKey(String key) {

		var stripped = key.strip();
		var visibleAscii = stripped.chars().allMatch(it -> it >= 0x21 && it <= 0x7e);
		if (stripped.length() < 8 || stripped.length() > 512 || !visibleAscii) {
			throw Problem.invalidField("api_key", "8 to 512 visible ASCII characters");
		}
		return stripped;
	}

	URI defaultEndpoint() {
		return properties.endpoint();
	}

	String seal(UUID storeId, String key) {
		return secrets.seal(key, context(storeId));
	}

	Connection connection(UUID storeId) {
		return connections.of(storeId).orElseGet(() -> Connection.unconfigured(storeId, properties.endpoint()));
	}

	private String open(UUID storeId, String sealed) {
		return secrets.open(sealed, context(storeId));
	}

	/** Binds a sealed key to its store: copied to another store's row, it does not open. */
	private static String context(UUID storeId) {
		return "letzshop-api-key:" + storeId;
	}
}
