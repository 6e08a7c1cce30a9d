package lu.boutik.catalog;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;

import lu.boutik.core.Money;

/**
 * Reads the prices feeds write: {@code 12.90}, {@code 50}, {@code 12.90 EUR} or {@code EUR 12.90}. Amounts are euros
 * with at most two decimals; any other currency is refused, since Boutik sells in euros.
 */
final class Prices {

	private static final Pattern AMOUNT = Pattern.compile("\\d{1,9}(\\.\\d{1,2})?");

	private Prices() {
	}

	/** The amount in cents, or an explanation of why the text is not a price. */
	static long cents(String field, String text) {

		var parts = text.strip().split("\\s+");
		String amount;
		if (parts.length == 1) {
			amount = parts[0];
		}
		else if (parts.length == 2) {
			var first = isCurrency(parts[0]);
			amount = first ? parts[1] : parts[0];
			var currency = (first ? parts[0] : parts[1]).toUpperCase(Locale.ROOT);
			if (!currency.equals(Money.EUR)) {
				throw new InvalidRow(field + " is in " + currency + "; prices must be in EUR");
			}
		}
		else {
			throw notAPrice(field, text);
		}

		if (!AMOUNT.matcher(amount).matches()) {
			throw notAPrice(field, text);
		}
		return new BigDecimal(amount).movePointRight(2).longValueExact();
	}

	private static boolean isCurrency(String part) {
		return part.length() == 3 && part.chars().allMatch(Character::isLetter);
	}

	private static InvalidRow notAPrice(String field, String text) {
		return new InvalidRow(field + " \"" + Rows.excerpt(text) + "\" is not a price like 12.90 or 12.90 EUR");
	}
}
