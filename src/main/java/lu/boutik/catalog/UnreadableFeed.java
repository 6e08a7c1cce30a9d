package lu.boutik.catalog;

/**
 * A feed that cannot be read at all: empty, binary, of an unknown layout, or fetched from a source that refused or
 * failed. The import fails with this reason, which is written for the merchant.
 */
final class UnreadableFeed extends RuntimeException {

	private static final long serialVersionUID = 1L;

	UnreadableFeed(String reason) {
		super(reason, null, false, false);
	}
}
