package lu.boutik.tenancy;

import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import lu.boutik.core.web.Problem;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Opens the storefront a page request is for, from its host or, in development, its {@code /s/{store}} path, and
 * settles the language it speaks: the one asked for, else the store's.
 */
@Component
public class Storefronts {

	private final StoreDomains domains;
	private final Stores stores;
	private final Merchants merchants;

	Storefronts(StoreDomains domains, Stores stores, Merchants merchants) {

		this.domains = domains;
		this.stores = stores;
		this.merchants = merchants;
	}

	/**
	 * @param pathCode the store code of a {@code /s/{store}} path, or none for a page on the store's own host
	 * @param lang the language asked for, if any
	 */
	public Storefront open(HttpServletRequest request, @Nullable String pathCode, @Nullable String lang) {

		var store = pathCode == null
				? domains.storeAt(String.valueOf(request.getServerName()))
				: domains.servesPathForm() ? stores.byCode(pathCode).filter(Store::isOpen)
						: Optional.<Store>empty();
		var found = store.orElseThrow(() -> Problem.notFound("store"));
		var identity = merchants.legalIdentity(found.merchantId()).orElseThrow(() -> Problem.notFound("store"));

		var language = found.defaultLanguage();
		if (lang != null) {
			for (var candidate : Language.values()) {
				if (candidate.code().equals(lang.toLowerCase(Locale.ROOT))) {
					language = candidate;
				}
			}
		}

		var storefront = new Storefront(found, identity, language, pathCode == null ? "" : "/s/" + found.code());
		LocaleResolver resolver = RequestContextUtils.getLocaleResolver(request);
		if (resolver instanceof StorefrontLocales locales) {
			locales.use(request, storefront.locale());
		}
		return storefront;
	}
}
