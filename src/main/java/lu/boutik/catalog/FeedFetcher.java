package lu.boutik.catalog;

import java.net.URI;
import java.util.Map;

import lu.boutik.core.files.FileKey;
import lu.boutik.core.files.FileStore;
import lu.boutik.core.files.FileTooLarge;
import lu.boutik.core.http.AllowedHosts;
import lu.boutik.core.http.GuardedHttpClient;
import lu.boutik.core.http.Limits;
import lu.boutik.core.http.OutboundFailed;
import lu.boutik.core.http.OutboundRefused;
import org.springframework.stereotype.Component;

/**
 * Fetches a feed from its URL, through the guarded client, straight into the file store. The feed is stored whole
 * before it is read, for two reasons: the fetch's time cap then measures the download alone, not the database work of
 * the import, and a job that is run again reads the stored bytes instead of fetching a feed that may have changed.
 */
@Component
class FeedFetcher {

	private static final Map<String, String> HEADERS = Map.of("Accept",
			"text/csv, text/tab-separated-values, text/plain;q=0.9, */*;q=0.5");

	private final GuardedHttpClient http;
	private final FileStore files;
	private final AllowedHosts allowed;
	private final Limits limits;

	FeedFetcher(GuardedHttpClient http, FileStore files, ImportProperties properties) {

		this.http = http;
		this.files = files;
		this.allowed = AllowedHosts.parse(properties.allowedHosts());
		this.limits = new Limits(properties.maxBytes().toBytes(), properties.maxTime());
	}

	/**
	 * @throws UnreadableFeed when the guard refuses the address, or the fetch fails, with the reason
	 */
	FileKey fetch(String url) {

		try {
			return http.get(URI.create(url), allowed, HEADERS, limits, (status, headers, body) -> {

				if (status < 200 || status > 299) {
					throw new OutboundFailed("The server answered with status " + status + ".");
				}
				return files.save("feeds", body, limits.maxBytes());
			});
		}
		catch (OutboundRefused refused) {
			throw new UnreadableFeed("The feed's address is not allowed: " + refused.reason());
		}
		catch (OutboundFailed failed) {
			throw new UnreadableFeed("The feed could not be fetched: " + failed.reason());
		}
		catch (FileTooLarge tooLarge) {
			throw new UnreadableFeed("The feed is larger than " + limits.maxBytes() + " bytes.");
		}
	}
}
