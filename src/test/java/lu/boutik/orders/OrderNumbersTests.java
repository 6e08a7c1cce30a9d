package lu.boutik.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;

import lu.boutik.core.SecureCodes;
import org.junit.jupiter.api.Test;

class OrderNumbersTests {

	@Test
	void carriesAtLeastFortyBitsInReadableCharacters() {

		var number = OrderNumbers.next();

		assertThat(number).matches("[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}");
		var bits = (number.length() - 1) * Math.log(SecureCodes.ALPHABET.length()) / Math.log(2);
		assertThat(bits).isGreaterThanOrEqualTo(40);
	}

	@Test
	void neverRepeatsNorCountsUp() {

		var seen = new HashSet<String>();
		String previous = null;
		var ascending = 0;
		for (int i = 0; i < 10_000; i++) {
			var number = OrderNumbers.next();
			assertThat(seen.add(number)).isTrue();
			if (previous != null && number.compareTo(previous) > 0) {
				ascending++;
			}
			previous = number;
		}
		assertThat(ascending).isBetween(4_000, 6_000);
	}
}
