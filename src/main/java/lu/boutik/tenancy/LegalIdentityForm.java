package lu.boutik.tenancy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A merchant's legal identity as entered: Luxembourg trade register (RCS) numbers are a letter and digits, such as
 * {@code B123456}; Luxembourg VAT numbers are {@code LU} and eight digits.
 */
record LegalIdentityForm(
		@NotBlank @Size(max = 200) String legalName,
		@NotBlank @Size(max = 400) String address,
		@NotBlank @Pattern(regexp = "[A-K][0-9]{1,6}", message = "an RCS number such as B123456")
		String tradeRegisterNumber,
		@NotBlank @Pattern(regexp = "LU[0-9]{8}", message = "a VAT number such as LU12345678") String vatNumber) {

	Merchants.LegalIdentity identity() {
		return new Merchants.LegalIdentity(legalName.strip(), address.strip(), tradeRegisterNumber, vatNumber);
	}
}
