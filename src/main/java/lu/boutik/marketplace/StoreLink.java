package lu.boutik.marketplace;

import java.net.URI;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lu.boutik.core.web.Problem;
import lu.boutik.marketplace.client.Letzshop;
import lu.boutik.marketplace.client.LetzshopEndpoint;
import lu.boutik.marketplace.client.Vendor;
import lu.boutik.tenancy.Language;
import lu.boutik.tenancy.Merchants;
import lu.boutik.tenancy.Store;
import lu.boutik.tenancy.StoreOpening;

/**
 * Ties Letzshop vendors to stores: links the vendor an API key belongs to with an existing store, or opens a store
 * for a merchant from its vendor. A vendor is linked to one store at most.
 */
@Service
class StoreLink {

	private final Letzshop letzshop;
	private final LetzshopSettings settings;
	private final Connections connections;
	private final StoreOpening opening;
	private final Merchants merchants;

	StoreLink(Letzshop letzshop, LetzshopSettings settings, Connections connections, StoreOpening opening,
			Merchants merchants) {

		this.letzshop = letzshop;
		this.settings = settings;
		this.connections = connections;
		this.opening = opening;
		this.merchants = merchants;
	}

	/** Links the store with the vendor its API key belongs to. */
	@Transactional
	LetzshopSettings.View link(UUID storeId) {

		var vendor = vendorOf(settings.endpoint(storeId));
		refuseIfLinkedElsewhere(vendor, storeId);

		var current = settings.connection(storeId);
		var linked = new Connection(storeId, current.endpoint(), current.sealedApiKey(), current.apiKeyHint(),
				vendor.id(), vendor.name(), current.enabled(), current.syncEveryMinutes());
		connections.save(linked);
		return LetzshopSettings.View.of(linked);
	}

	/** Opens a store for the merchant from the vendor the key belongs to, connected with that key. */
	@Transactional
	Store open(UUID merchantId, String apiKey, @Nullable URI endpoint) {

		if (merchants.byId(merchantId).isEmpty()) {
			throw Problem.notFound("merchant");
		}

		var key = LetzshopSettings.validKey(apiKey);
		var uri = settings.admitted(endpoint == null ? settings.defaultEndpoint() : endpoint);
		var vendor = vendorOf(new LetzshopEndpoint(uri, key));
		refuseIfLinkedElsewhere(vendor, null);

		var store = opening.open(merchantId, vendor.name(), language(vendor.defaultLocale()));
		connections.save(new Connection(store.id(), uri, settings.seal(store.id(), key),
				key.substring(key.length() - 4), vendor.id(), vendor.name(), false, Connection.DEFAULT_SYNC_MINUTES));
		return store;
	}

	private Vendor vendorOf(LetzshopEndpoint endpoint) {
		return letzshop.vendor(endpoint).orElseThrow(() -> new Problem(HttpStatus.CONFLICT, "letzshop-no-vendor",
				"No Letzshop vendor", "The API key belongs to no Letzshop vendor."));
	}

	private void refuseIfLinkedElsewhere(Vendor vendor, @Nullable UUID storeId) {

		connections.ofVendor(vendor.id()).filter(it -> !it.storeId().equals(storeId)).ifPresent(it -> {
			throw Problem.conflict("letzshop-vendor-linked", "This Letzshop vendor is linked to another store.");
		});
	}

	private static Language language(@Nullable String locale) {

		var code = locale == null ? "" : locale.toLowerCase(Locale.ROOT);
		for (var language : Language.values()) {
			if (code.startsWith(language.code())) {
				return language;
			}
		}
		return Language.FR;
	}
}
