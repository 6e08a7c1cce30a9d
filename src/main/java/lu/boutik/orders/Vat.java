package lu.boutik.orders;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Splits a VAT-inclusive amount into net and VAT, in cents, at a rate in basis points (1700 = 17%).
 */
record Vat(long netCents, long vatCents) {

	static Vat ofGross(long grossCents, int rateBasisPoints) {

		var net = BigDecimal.valueOf(grossCents)
				.multiply(BigDecimal.valueOf(10_000))
				.divide(BigDecimal.valueOf(10_000L + rateBasisPoints), 0, RoundingMode.HALF_UP)
				.longValueExact();
		return new Vat(net, grossCents - net);
	}
}
