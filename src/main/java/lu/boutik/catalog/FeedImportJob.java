package lu.boutik.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;

import lu.boutik.core.files.FileKey;
import lu.boutik.core.files.FileStore;
import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.lambdas.JobRequestHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs an import in the background. A run that was interrupted (the platform stopped, the database went away) is run
 * again by JobRunr from the start of the feed: the earlier counts are reset and, since products are matched by handle
 * and variants by SKU, rows saved before are updated rather than doubled. A feed fetched from a URL was stored before
 * it was read, so a second run reads the same bytes without fetching again.
 * <p>
 * A feed that cannot be read fails the import with a reason for the merchant; the job itself then succeeds, as there
 * is nothing a retry could change. Any other failure is retried, and fails the import after {@value #ATTEMPTS}
 * attempts.
 * <p>
 * Public only because JobRunr calls it; other modules have no use for it.
 */
@Component
public class FeedImportJob implements JobRequestHandler<FeedImportRequest> {

	private static final Logger LOG = LoggerFactory.getLogger(FeedImportJob.class);
	static final int ATTEMPTS = 4;

	private final FeedImports imports;
	private final FileStore files;
	private final FeedFetcher fetcher;
	private final ImportBatches batches;
	private final ImportProperties properties;

	FeedImportJob(FeedImports imports, FileStore files, FeedFetcher fetcher, ImportBatches batches,
			ImportProperties properties) {

		this.imports = imports;
		this.files = files;
		this.fetcher = fetcher;
		this.batches = batches;
		this.properties = properties;
	}

	@Override
	@Job(name = "Feed import", retries = ATTEMPTS - 1)
	public void run(FeedImportRequest request) throws IOException {

		var id = request.importId();
		var source = imports.source(id).orElse(null);
		if (source == null || source.status().equals(FeedImport.COMPLETED)
				|| source.status().equals(FeedImport.FAILED)) {
			return;
		}

		var attempt = imports.running(id);
		LOG.info("Import {} for store {} started, attempt {}.", id, source.storeId(), attempt);

		var run = new ImportRun(id, source.storeId(), properties.batchSize(), batches);
		try (var in = open(id, source)) {
			var outcome = FeedReader.read(in, source.language(), run);
			run.flush();
			imports.progress(id, outcome.layout(), run.read(), run.imported(), run.failed(), List.of());
			imports.completed(id);
			LOG.info("Import {} for store {} read {} rows of a {} feed: {} imported, {} refused.", id,
					source.storeId(), run.read(), outcome.layout(), run.imported(), run.failed());
		}
		catch (UnreadableFeed unreadable) {
			run.flush();
			imports.failed(id, unreadable.getMessage());
			LOG.info("Import {} for store {} failed: {}", id, source.storeId(), unreadable.getMessage());
		}
		catch (IOException | RuntimeException exception) {
			if (attempt < ATTEMPTS) {
				throw exception;
			}
			LOG.warn("Import {} for store {} failed on its last attempt.", id, source.storeId(), exception);
			imports.failed(id, "The import stopped on an unexpected error.");
		}
		forget(id);
	}

	private InputStream open(UUID id, FeedImports.Source source) throws IOException {

		if (source.fileKey() != null) {
			return files.open(source.fileKey());
		}
		if (source.sourceUrl() == null) {
			throw new UnreadableFeed("The import has neither a file nor a URL.");
		}
		var key = fetcher.fetch(source.sourceUrl());
		imports.fetched(id, key.value());
		return files.open(key);
	}

	/** A finished import's file is no longer needed; its outcome is in the database. */
	private void forget(UUID id) {

		var source = imports.source(id).orElse(null);
		if (source == null || source.fileKey() == null) {
			return;
		}
		try {
			files.delete(new FileKey(source.fileKey()));
		}
		catch (IOException exception) {
			LOG.warn("Import {} could not remove its stored feed.", id, exception);
		}
	}
}
