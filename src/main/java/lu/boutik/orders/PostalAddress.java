package lu.boutik.orders;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Where an order goes.
 *
 * @param country ISO 3166-1 alpha-2 code, such as {@code LU}
 */
public record PostalAddress(
		@NotBlank @Size(max = 200) String name,
		@NotBlank @Size(max = 300) String street,
		@NotBlank @Size(max = 20) String postalCode,
		@NotBlank @Size(max = 120) String city,
		@NotBlank @Pattern(regexp = "[A-Za-z]{2}", message = "a two-letter country code") String country) {
}
