package lu.boutik.tenancy;

import java.util.List;

import lu.boutik.core.web.Problem;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * What a storefront shows of its store and the merchant behind it.
 */
@RestController
class StorefrontStoreController {

	static final List<String> LANGUAGES = List.of("lb", "fr", "de", "en");

	private final Stores stores;
	private final Merchants merchants;

	StorefrontStoreController(Stores stores, Merchants merchants) {

		this.stores = stores;
		this.merchants = merchants;
	}

	record StoreFront(String code, String name, String defaultLanguage, List<String> languages,
			Merchants.LegalIdentity merchant) {
	}

	@GetMapping("/api/v1/storefront/{storeCode}")
	StoreFront show(@PathVariable String storeCode) {

		var store = stores.openByCode(storeCode);
		var identity = merchants.legalIdentity(store.merchantId())
				.orElseThrow(() -> Problem.notFound("store"));
		return new StoreFront(store.code(), store.name(), store.defaultLanguage().code(), LANGUAGES, identity);
	}
}
