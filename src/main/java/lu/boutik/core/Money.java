package lu.boutik.core;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/**
 * An amount in cents of one currency. Boutik sells in euros; the currency travels with the amount so that no figure
 * is ever read without it.
 */
public record Money(long amountCents, String currency) {

	public static final String EUR = "EUR";

	public Money {
		if (currency.length() != 3) {
			throw new IllegalArgumentException("currency must be an ISO 4217 code");
		}
	}

	public static Money euros(long cents) {
		return new Money(cents, EUR);
	}

	public Money plus(Money other) {
		requireSameCurrency(other);
		return new Money(Math.addExact(amountCents, other.amountCents), currency);
	}

	public Money times(long factor) {
		return new Money(Math.multiplyExact(amountCents, factor), currency);
	}

	/** The amount as a customer reads it in {@code locale}, such as {@code 29,90 €}. */
	public String display(Locale locale) {

		var format = NumberFormat.getCurrencyInstance(locale);
		format.setCurrency(Currency.getInstance(currency));
		return format.format(BigDecimal.valueOf(amountCents, 2));
	}

	private void requireSameCurrency(Money other) {
		if (!currency.equals(other.currency)) {
			throw new IllegalArgumentException("cannot add " + other.currency + " to " + currency);
		}
	}
}
