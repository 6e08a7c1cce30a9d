package lu.boutik.tenancy;

import java.util.Locale;

/**
 * A storefront page's context: the store it shows, the merchant behind it, the language it speaks and the path its
 * links start with ({@code /s/acme-7k3mqx9p} in the development path form, empty on the store's own host).
 */
public record Storefront(Store store, Merchants.LegalIdentity merchant, Language language, String basePath) {

	/** The locale that formats prices and picks messages, in Luxembourg. */
	public Locale locale() {
		return Locale.of(language.code(), "LU");
	}

	/** A link within the storefront that keeps its language. */
	public String link(String path) {
		return basePath + path + (path.contains("?") ? "&" : "?") + "lang=" + language.code();
	}
}
