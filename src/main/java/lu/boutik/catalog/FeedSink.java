package lu.boutik.catalog;

/**
 * Receives what a feed reader makes of a feed, row by row, as it streams through the file.
 */
interface FeedSink {

	/** One more row was read, whatever becomes of it. */
	void rowRead();

	/** A complete product, with at least one variant; its {@link ProductDraft#rows} carry no rejected row. */
	void product(ProductDraft product);

	/** A row that does not become part of any product. */
	void rejected(long row, String reason);
}
