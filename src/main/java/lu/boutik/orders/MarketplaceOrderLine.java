package lu.boutik.orders;

/**
 * One line of a marketplace order: a variant and how many of it.
 *
 * @param unitGrossCents the VAT-inclusive price of one item
 * @param vatRateBasisPoints the VAT rate that applied, 1700 for 17%
 */
public record MarketplaceOrderLine(String sku, String title, int quantity, long unitGrossCents,
		int vatRateBasisPoints) {
}
