package lu.boutik.marketplace;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import lu.boutik.core.web.Problem;
import lu.boutik.security.Caller;
import lu.boutik.tenancy.Store;
import lu.boutik.tenancy.Stores;

/**
 * Platform admins oversee any store's Letzshop connection, and open stores from Letzshop vendors.
 */
@RestController
@RequestMapping("/api/v1/admin")
class LetzshopAdminController {

	private static final String STORE = "/stores/{storeId}/letzshop";

	private final LetzshopDesk desk;
	private final StoreLink link;
	private final Stores stores;

	LetzshopAdminController(LetzshopDesk desk, StoreLink link, Stores stores) {

		this.desk = desk;
		this.link = link;
		this.stores = stores;
	}

	record VendorStore(@NotBlank String apiKey, @Nullable URI endpoint) {
	}

	@PostMapping("/merchants/{merchantId}/letzshop-stores")
	@ResponseStatus(HttpStatus.CREATED)
	Store openFromVendor(Caller caller, @PathVariable UUID merchantId, @Valid @RequestBody VendorStore vendor) {
		return link.open(merchantId, vendor.apiKey(), vendor.endpoint());
	}

	@GetMapping(STORE + "/settings")
	LetzshopSettings.View settings(Caller caller, @PathVariable UUID storeId) {
		return desk.settings(store(storeId));
	}

	@PutMapping(STORE + "/settings")
	LetzshopSettings.View changeSettings(Caller caller, @PathVariable UUID storeId,
			@RequestBody LetzshopDesk.SettingsChange change) {
		return desk.changeSettings(store(storeId), change);
	}

	@DeleteMapping(STORE + "/settings/api-key")
	LetzshopSettings.View removeKey(Caller caller, @PathVariable UUID storeId) {
		return desk.removeKey(store(storeId));
	}

	@PostMapping(STORE + "/vendor-link")
	LetzshopSettings.View linkVendor(Caller caller, @PathVariable UUID storeId) {
		return desk.linkVendor(store(storeId));
	}

	@PostMapping(STORE + "/sync")
	@ResponseStatus(HttpStatus.ACCEPTED)
	LetzshopDesk.Queued syncNow(Caller caller, @PathVariable UUID storeId) {
		return desk.syncNow(store(storeId));
	}

	@GetMapping(STORE + "/sync-runs")
	LetzshopDesk.Items<SyncRun> runs(Caller caller, @PathVariable UUID storeId) {
		return desk.runs(store(storeId));
	}

	@GetMapping(STORE + "/exceptions")
	LetzshopDesk.Items<UnmatchedItem> exceptions(Caller caller, @PathVariable UUID storeId,
			@RequestParam(required = false) @Nullable String status) {
		return desk.exceptions(store(storeId), status);
	}

	@PostMapping(STORE + "/exceptions/{exceptionId}/resolution")
	UnmatchedItem resolve(Caller caller, @PathVariable UUID storeId, @PathVariable UUID exceptionId,
			@Valid @RequestBody LetzshopStoreController.Resolution resolution) {
		return desk.resolve(store(storeId), exceptionId, resolution.sku(), caller.accountId());
	}

	@GetMapping(STORE + "/shipments")
	LetzshopDesk.Items<LetzshopDesk.ShipmentView> shipments(Caller caller, @PathVariable UUID storeId) {
		return desk.shipments(store(storeId));
	}

	@GetMapping(STORE + "/shipments/{shipmentId}")
	LetzshopDesk.ShipmentView shipment(Caller caller, @PathVariable UUID storeId, @PathVariable String shipmentId) {
		return desk.shipment(store(storeId), shipmentId);
	}

	@PostMapping(STORE + "/shipments/{shipmentId}/decisions")
	LetzshopDesk.ShipmentView decide(Caller caller, @PathVariable UUID storeId, @PathVariable String shipmentId,
			@Valid @RequestBody LetzshopStoreController.Decisions decisions) {
		return desk.decide(store(storeId), shipmentId, decisions.units());
	}

	@PutMapping(STORE + "/shipments/{shipmentId}/tracking")
	Fulfilment.TrackingSent track(Caller caller, @PathVariable UUID storeId, @PathVariable String shipmentId,
			@Valid @RequestBody LetzshopStoreController.Tracking tracking) {
		return desk.track(store(storeId), shipmentId, tracking.carrier(), tracking.code());
	}

	private UUID store(UUID storeId) {
		return stores.byId(storeId).map(Store::id).orElseThrow(() -> Problem.notFound("store"));
	}
}
