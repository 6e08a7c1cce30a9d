package lu.boutik.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.UUID;

import lu.boutik.core.files.FileStore;
import lu.boutik.core.files.FileTooLarge;
import lu.boutik.core.web.Problem;
import lu.boutik.tenancy.Language;
import lu.boutik.tenancy.Store;
import org.jspecify.annotations.Nullable;
import org.jobrunr.scheduling.JobRequestScheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Starts imports: records each one, keeps an uploaded feed in the file store under a key of the store's making, and
 * hands the import to a background job whose id is the import's.
 */
@Service
class FeedImporting {

	private static final Logger LOG = LoggerFactory.getLogger(FeedImporting.class);
	private static final int MAX_URL = 2048;

	private final FeedImports imports;
	private final FileStore files;
	private final JobRequestScheduler jobs;
	private final ImportProperties properties;

	FeedImporting(FeedImports imports, FileStore files, JobRequestScheduler jobs, ImportProperties properties) {

		this.imports = imports;
		this.files = files;
		this.jobs = jobs;
		this.properties = properties;
	}

	UUID fromUrl(Store store, @Nullable String sourceUrl, @Nullable Language language) {

		var url = checkedUrl(sourceUrl);
		var id = UUID.randomUUID();
		imports.add(id, store.id(), url, null, null, language == null ? store.defaultLanguage() : language);
		return enqueue(id, store);
	}

	UUID fromUpload(Store store, InputStream content, @Nullable String fileName, @Nullable Language language)
			throws IOException {

		var maxBytes = properties.maxBytes().toBytes();
		try {
			var key = files.save("feeds", content, maxBytes);
			var id = UUID.randomUUID();
			imports.add(id, store.id(), null, displayName(fileName), key.value(),
					language == null ? store.defaultLanguage() : language);
			return enqueue(id, store);
		}
		catch (FileTooLarge tooLarge) {
			throw new Problem(HttpStatus.CONTENT_TOO_LARGE, "file-too-large", "File too large",
					"file: expected at most " + maxBytes + " bytes")
					.with("errors", java.util.List.of(java.util.Map.of("field", "file",
							"expected", "at most " + maxBytes + " bytes")));
		}
	}

	private UUID enqueue(UUID id, Store store) {

		try {
			jobs.enqueue(id, new FeedImportRequest(id));
		}
		catch (RuntimeException exception) {
			imports.failed(id, "The import could not be queued.");
			throw exception;
		}
		LOG.info("Import {} for store {} queued.", id, store.id());
		return id;
	}

	private static String checkedUrl(@Nullable String text) {

		var expected = "an absolute http or https URL";
		if (text == null || text.isBlank() || text.length() > MAX_URL) {
			throw Problem.invalidField("source_url", expected);
		}
		try {
			var uri = new URI(text.strip());
			var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
					|| uri.getRawUserInfo() != null) {
				throw Problem.invalidField("source_url", expected);
			}
			return uri.toString();
		}
		catch (URISyntaxException exception) {
			throw Problem.invalidField("source_url", expected);
		}
	}

	/** The uploaded file's own name, for display only: no directories, no control characters, not too long. */
	private static @Nullable String displayName(@Nullable String fileName) {

		if (fileName == null) {
			return null;
		}
		var name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1)
				.replaceAll("\\p{Cntrl}", "").strip();
		if (name.isEmpty()) {
			return null;
		}
		return name.length() <= 200 ? name : name.substring(0, 200);
	}
}
