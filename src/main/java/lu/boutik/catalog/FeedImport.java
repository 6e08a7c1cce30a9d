package lu.boutik.catalog;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An import of a feed into one store's catalog, as far as it got.
 *
 * @param id the import's id, which is also its background job's
 * @param status {@code queued}, {@code running}, {@code completed} or {@code failed}
 * @param rowsRead data rows read so far
 * @param rowsImported rows that became part of a saved product
 * @param rowsFailed rows refused, each with a reason among {@code errors} (the first {@value FeedImports#MAX_ERRORS})
 * @param failure why the import as a whole failed, if it did
 */
record FeedImport(UUID id, UUID storeId, String status, @Nullable String layout, @Nullable String sourceUrl,
		@Nullable String fileName, long rowsRead, long rowsImported, long rowsFailed, List<RowError> errors,
		@Nullable String failure, Instant createdAt, @Nullable Instant finishedAt) {

	/** Why one row was refused. */
	record RowError(long row, String message) {
	}

	static final String QUEUED = "queued";
	static final String RUNNING = "running";
	static final String COMPLETED = "completed";
	static final String FAILED = "failed";
}
