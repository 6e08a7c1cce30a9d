package lu.boutik.orders;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VatTests {

	@Test
	void splitsStandardRateGrossIntoNetAndVat() {

		var vat = Vat.ofGross(11_700, 1700);

		assertThat(vat.netCents()).isEqualTo(10_000);
		assertThat(vat.vatCents()).isEqualTo(1_700);
	}

	@Test
	void roundsNetHalfUpAndKeepsTheSumExact() {

		var vat = Vat.ofGross(1_999, 800);

		assertThat(vat.netCents()).isEqualTo(1_851);
		assertThat(vat.netCents() + vat.vatCents()).isEqualTo(1_999);
	}

	@Test
	void computesLineAmountsFromUnitPriceAndQuantity() {

		var line = OrderLine.of(1, "SKU", "Title", 3, 2_990, 1700);

		assertThat(line.grossCents()).isEqualTo(8_970);
		assertThat(line.netCents() + line.vatCents()).isEqualTo(8_970);
		assertThat(line.netCents()).isEqualTo(7_667);
	}
}
