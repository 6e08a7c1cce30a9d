package lu.boutik.catalog;

import lu.boutik.core.files.FileKey;
import org.springframework.stereotype.Component;

/**
 * Fetches a feed from its URL into the file store.
 */
@Component
class FeedFetcher {

	FileKey fetch(String url) {
		throw new UnreadableFeed("Imports from a URL are not available yet.");
	}
}
