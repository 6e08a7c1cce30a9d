package lu.boutik.orders;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import lu.boutik.tenancy.Store;
import lu.boutik.tenancy.Stores;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Guest checkout on a store's storefront.
 */
@RestController
class StorefrontOrderController {

	private final Stores stores;
	private final Checkout checkout;

	StorefrontOrderController(Stores stores, Checkout checkout) {

		this.stores = stores;
		this.checkout = checkout;
	}

	record NewOrder(@NotBlank @Email @Size(max = 254) String email, @NotNull @Valid PostalAddress shippingAddress,
			@NotEmpty @Size(max = 100) List<@Valid @NotNull Line> lines) {
	}

	record Line(@NotBlank @Size(max = 100) String sku,
			@NotNull @Min(value = 1, message = "at least 1") @Max(value = 999, message = "at most 999")
			Integer quantity) {
	}

	@PostMapping("/api/v1/storefront/{storeCode}/orders")
	@ResponseStatus(HttpStatus.CREATED)
	Checkout.Placed place(@PathVariable String storeCode, @Valid @RequestBody NewOrder order) {

		var store = openStore(storeCode);
		var items = order.lines().stream().map(line -> new Checkout.Item(line.sku(), line.quantity())).toList();
		return checkout.place(store.id(), order.email(), order.shippingAddress(), items);
	}

	private Store openStore(String code) {
		return stores.openByCode(code);
	}
}
