package lu.boutik.marketplace;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

import lu.boutik.security.Caller;

/**
 * A store member's view of the store's Letzshop connection. The store is always the caller's own; settings are for
 * owners and managers.
 */
@RestController
@RequestMapping("/api/v1/store/letzshop")
class LetzshopStoreController {

	private final LetzshopDesk desk;
	private final FeedExport feeds;

	LetzshopStoreController(LetzshopDesk desk, FeedExport feeds) {

		this.desk = desk;
		this.feeds = feeds;
	}

	record Decisions(@NotNull @Size(min = 1, max = 500) List<LetzshopDesk.@Valid @NotNull Decision> units) {
	}

	record Tracking(@NotBlank String carrier, @NotBlank @Size(max = 100) String code) {
	}

	record Resolution(@NotBlank @Size(max = 100) String sku) {
	}

	@GetMapping("/settings")
	LetzshopSettings.View settings(Caller caller) {
		return desk.settings(caller.storeId());
	}

	@PutMapping("/settings")
	LetzshopSettings.View changeSettings(Caller caller, @RequestBody LetzshopDesk.SettingsChange change) {
		return desk.changeSettings(manager(caller), change);
	}

	@DeleteMapping("/settings/api-key")
	LetzshopSettings.View removeKey(Caller caller) {
		return desk.removeKey(manager(caller));
	}

	@PostMapping("/vendor-link")
	LetzshopSettings.View linkVendor(Caller caller) {
		return desk.linkVendor(manager(caller));
	}

	@PostMapping("/sync")
	@ResponseStatus(HttpStatus.ACCEPTED)
	LetzshopDesk.Queued syncNow(Caller caller) {
		return desk.syncNow(caller.storeId());
	}

	@GetMapping("/sync-runs")
	LetzshopDesk.Items<SyncRun> runs(Caller caller) {
		return desk.runs(caller.storeId());
	}

	@GetMapping("/exceptions")
	LetzshopDesk.Items<UnmatchedItem> exceptions(Caller caller,
			@RequestParam(required = false) @Nullable String status) {
		return desk.exceptions(caller.storeId(), status);
	}

	@PostMapping("/exceptions/{exceptionId}/resolution")
	UnmatchedItem resolve(Caller caller, @PathVariable UUID exceptionId, @Valid @RequestBody Resolution resolution) {
		return desk.resolve(caller.storeId(), exceptionId, resolution.sku(), caller.accountId());
	}

	@GetMapping("/shipments")
	LetzshopDesk.Items<LetzshopDesk.ShipmentView> shipments(Caller caller) {
		return desk.shipments(caller.storeId());
	}

	@GetMapping("/shipments/{shipmentId}")
	LetzshopDesk.ShipmentView shipment(Caller caller, @PathVariable String shipmentId) {
		return desk.shipment(caller.storeId(), shipmentId);
	}

	@PostMapping("/shipments/{shipmentId}/decisions")
	LetzshopDesk.ShipmentView decide(Caller caller, @PathVariable String shipmentId,
			@Valid @RequestBody Decisions decisions) {
		return desk.decide(caller.storeId(), shipmentId, decisions.units());
	}

	@PostMapping("/shipments/{shipmentId}/units/{unitId}/confirmation")
	LetzshopDesk.ShipmentView confirm(Caller caller, @PathVariable String shipmentId, @PathVariable String unitId) {
		return desk.decide(caller.storeId(), shipmentId, List.of(new LetzshopDesk.Decision(unitId, true)));
	}

	@PostMapping("/shipments/{shipmentId}/units/{unitId}/decline")
	LetzshopDesk.ShipmentView decline(Caller caller, @PathVariable String shipmentId, @PathVariable String unitId) {
		return desk.decide(caller.storeId(), shipmentId, List.of(new LetzshopDesk.Decision(unitId, false)));
	}

	@PutMapping("/shipments/{shipmentId}/tracking")
	Fulfilment.TrackingSent track(Caller caller, @PathVariable String shipmentId,
			@Valid @RequestBody Tracking tracking) {
		return desk.track(caller.storeId(), shipmentId, tracking.carrier(), tracking.code());
	}

	/** The store's catalog as a tab-separated Letzshop feed in {@code en}, {@code fr} or {@code de}. */
	@GetMapping("/feed/{language}")
	ResponseEntity<String> feed(Caller caller, @PathVariable String language) {

		var feedLanguage = FeedExport.language(language);
		var out = new StringWriter();
		feeds.write(caller.storeId(), feedLanguage, out);

		return ResponseEntity.ok()
				.contentType(new MediaType("text", "tab-separated-values", StandardCharsets.UTF_8))
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
						.filename("letzshop-" + feedLanguage.code() + ".tsv").build().toString())
				.body(out.toString());
	}

	private static UUID manager(Caller caller) {

		return caller.requireRole("change its Letzshop connection", "owner", "manager").storeId();
	}
}
