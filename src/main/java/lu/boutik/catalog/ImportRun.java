package lu.boutik.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One pass of an import over its feed: gathers products into batches of about {@code batchSize} variants, saves each
 * full batch, and records progress and refused rows as it goes. It holds one batch at a time, whatever the feed's
 * size.
 */
final class ImportRun implements FeedSink {

	private final UUID importId;
	private final UUID storeId;
	private final int batchSize;
	private final ImportBatches batches;

	private final List<ProductDraft> batch = new ArrayList<>();
	private final List<FeedImport.RowError> errors = new ArrayList<>();
	private int batchVariants;
	private long read;
	private long imported;
	private long failed;

	ImportRun(UUID importId, UUID storeId, int batchSize, ImportBatches batches) {

		this.importId = importId;
		this.storeId = storeId;
		this.batchSize = batchSize;
		this.batches = batches;
	}

	@Override
	public void rowRead() {
		read++;
	}

	@Override
	public void product(ProductDraft product) {

		batch.add(product);
		batchVariants += product.variants.size();
		if (batchVariants >= batchSize) {
			flush();
		}
	}

	@Override
	public void rejected(long row, String reason) {

		if (failed < FeedImports.MAX_ERRORS) {
			errors.add(new FeedImport.RowError(row, reason));
		}
		failed++;
	}

	/** Saves what is left and records the final counts. */
	void flush() {

		var refused = batches.save(importId, storeId, List.copyOf(batch));
		for (var product : batch) {
			if (refused.contains(product)) {
				product.rows.forEach(row -> rejected(row, "the product of this row could not be saved"));
			}
			else {
				imported += product.rows.size();
			}
		}
		batch.clear();
		batchVariants = 0;

		batches.progress(importId, read, imported, failed, List.copyOf(errors));
		errors.clear();
	}

	long read() {
		return read;
	}

	long imported() {
		return imported;
	}

	long failed() {
		return failed;
	}
}
