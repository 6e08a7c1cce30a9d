package lu.boutik.catalog;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import lu.boutik.core.Money;
import lu.boutik.core.web.Problem;
import lu.boutik.core.web.Paging;
import lu.boutik.tenancy.Language;
import lu.boutik.tenancy.Store;
import lu.boutik.tenancy.Stores;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A store's published products, as its customers browse them. Titles are in the language asked for with
 * {@code lang}, else the store's, else English, else any the product has.
 */
@RestController
@RequestMapping("/api/v1/storefront/{storeCode}/products")
class StorefrontProductController {

	private final Stores stores;
	private final ProductCatalog catalog;

	StorefrontProductController(Stores stores, ProductCatalog catalog) {

		this.stores = stores;
		this.catalog = catalog;
	}

	record Variant(String sku, Map<String, String> options, Money price, boolean available) {

		static Variant of(ProductCatalog.Variant variant) {
			return new Variant(variant.sku(), variant.options(), variant.price(), variant.available());
		}
	}

	record Item(UUID id, String sku, String title, @Nullable String brand, @Nullable String image, Money price,
			boolean available, List<Variant> variants) {
	}

	record Listing(List<Item> items, int page, int size, long total) {
	}

	record Product(UUID id, String sku, String title, @Nullable String description, @Nullable String brand,
			List<String> images, Money price, boolean available, List<Variant> variants) {
	}

	@GetMapping
	Listing list(@PathVariable String storeCode, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size,
			@RequestParam(required = false) @Nullable String lang) {

		var store = openStore(storeCode);
		var paging = Paging.of(page, size, q);
		var found = catalog.list(store.id(), ProductCatalog.Audience.CUSTOMERS, paging.query(), paging.page(),
				paging.size(), language(lang, store), store.defaultLanguage());

		var items = found.items().stream()
				.map(item -> new Item(item.id(), item.sku(), item.title(), item.brand(), item.image(), item.price(),
						item.available(), item.variants().stream().map(Variant::of).toList()))
				.toList();
		return new Listing(items, found.page(), found.size(), found.total());
	}

	@GetMapping("/{sku}")
	Product product(@PathVariable String storeCode, @PathVariable String sku,
			@RequestParam(required = false) @Nullable String lang) {

		var store = openStore(storeCode);
		var product = catalog.bySku(store.id(), ProductCatalog.Audience.CUSTOMERS, sku, language(lang, store),
				store.defaultLanguage()).orElseThrow(() -> Problem.notFound("product"));
		return new Product(product.id(), product.sku(), product.title(), product.description(), product.brand(),
				product.images(), product.price(), product.available(),
				product.variants().stream().map(Variant::of).toList());
	}

	private Store openStore(String code) {
		return stores.openByCode(code);
	}

	private static Language language(@Nullable String lang, Store store) {
		return lang == null || lang.isBlank() ? store.defaultLanguage() : Language.of("lang", lang);
	}
}
