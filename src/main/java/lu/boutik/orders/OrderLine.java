package lu.boutik.orders;

/**
 * One line of an order, with the amounts and the VAT rate that applied when it was placed.
 */
record OrderLine(int lineNumber, String sku, String title, int quantity, long unitGrossCents,
		int vatRateBasisPoints, long netCents, long vatCents, long grossCents) {

	static OrderLine of(int lineNumber, String sku, String title, int quantity, long unitGrossCents,
			int vatRateBasisPoints) {

		var gross = Math.multiplyExact(unitGrossCents, quantity);
		var vat = Vat.ofGross(gross, vatRateBasisPoints);
		return new OrderLine(lineNumber, sku, title, quantity, unitGrossCents, vatRateBasisPoints, vat.netCents(),
				vat.vatCents(), gross);
	}
}
