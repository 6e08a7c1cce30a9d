package lu.boutik.orders;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import lu.boutik.core.web.Problem;
import lu.boutik.tenancy.Storefront;
import lu.boutik.tenancy.Storefronts;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The guest order form of a product page: the same checkout as the API, answered with a page.
 */
@Controller
class CheckoutPages {

	private final Storefronts storefronts;
	private final Checkout checkout;
	private final Validator validator;

	CheckoutPages(Storefronts storefronts, Checkout checkout, Validator validator) {

		this.storefronts = storefronts;
		this.checkout = checkout;
		this.validator = validator;
	}

	/** The form's fields, named as the form names them. */
	record Form(@NotBlank @Size(max = 100) String sku, @Min(1) @Max(999) int quantity,
			@NotBlank @Email @Size(max = 254) String email, @NotBlank @Size(max = 200) String name,
			@NotBlank @Size(max = 300) String street, @NotBlank @Size(max = 20) String postalCode,
			@NotBlank @Size(max = 120) String city, @NotBlank @Size(min = 2, max = 2) String country) {
	}

	@PostMapping("/s/{storeCode}/checkout")
	@ResponseStatus(HttpStatus.CREATED)
	String place(@PathVariable String storeCode, @RequestParam(required = false) @Nullable String lang,
			@ModelAttribute Form form, HttpServletRequest request, Model model) {
		return place(storefronts.open(request, storeCode, lang), form, model);
	}

	@PostMapping("/checkout")
	@ResponseStatus(HttpStatus.CREATED)
	String placeOnOwnHost(@RequestParam(required = false) @Nullable String lang, @ModelAttribute Form form,
			HttpServletRequest request, Model model) {
		return place(storefronts.open(request, null, lang), form, model);
	}

	private String place(Storefront storefront, Form form, Model model) {

		model.addAttribute("storefront", storefront);
		var violations = validator.validate(form);
		if (!violations.isEmpty()) {
			var first = violations.iterator().next();
			throw Problem.invalidField(first.getPropertyPath().toString(), first.getMessage());
		}

		var address = new PostalAddress(form.name(), form.street(), form.postalCode(), form.city(), form.country());
		var placed = checkout.place(storefront.store().id(), form.email(), address,
				List.of(new Checkout.Item(form.sku(), form.quantity())));

		model.addAttribute("orderNumber", placed.orderNumber());
		model.addAttribute("total", placed.total().display(storefront.locale()));
		return "storefront/thanks";
	}
}
