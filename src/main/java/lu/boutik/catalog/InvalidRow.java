package lu.boutik.catalog;

/**
 * A feed row that cannot become a product or variant; the import records the reason against the row and goes on.
 */
final class InvalidRow extends RuntimeException {

	private static final long serialVersionUID = 1L;

	InvalidRow(String reason) {
		super(reason, null, false, false);
	}
}
