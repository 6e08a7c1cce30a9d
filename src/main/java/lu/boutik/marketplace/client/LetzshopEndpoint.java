package lu.boutik.marketplace.client;

import java.net.URI;
import java.util.Locale;

/**
 * Where one store's requests go and the key they carry. The key never appears in {@link #toString()}.
 *
 * @param uri the GraphQL endpoint, http or https
 * @param apiKey the vendor's API key, sent as a bearer token
 */
public record LetzshopEndpoint(URI uri, String apiKey) {

	public static final URI PUBLIC_ENDPOINT = URI.create("https://letzshop.lu/graphql");

	public LetzshopEndpoint {

		var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
		if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null || uri.getUserInfo() != null) {
			throw new LetzshopRefused("The Letzshop endpoint must be an http or https URL with a host");
		}
		if (apiKey.isBlank() || apiKey.chars().anyMatch(it -> it < 0x21 || it > 0x7e)) {
			throw new LetzshopRefused("The Letzshop API key is missing or holds characters a header cannot carry");
		}
	}

	/** The one entry the guarded client allows for this endpoint: its host, with the port if one is named. */
	public String allowedHost() {
		return uri.getPort() == -1 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
	}

	@Override
	public String toString() {
		return "LetzshopEndpoint[" + uri + "]";
	}
}
