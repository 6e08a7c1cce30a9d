package lu.boutik.catalog;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import lu.boutik.core.web.Paging;
import lu.boutik.core.web.Problem;
import lu.boutik.tenancy.Storefront;
import lu.boutik.tenancy.Storefronts;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The storefront's pages: the product listing with search, and a product's page with its guest order form. Both
 * answer on the store's own host and, in development, under {@code /s/{store}}.
 */
@Controller
class StorefrontPages {

	private final Storefronts storefronts;
	private final ProductCatalog catalog;

	StorefrontPages(Storefronts storefronts, ProductCatalog catalog) {

		this.storefronts = storefronts;
		this.catalog = catalog;
	}

	record ListedView(String sku, String title, @Nullable String image, String price) {
	}

	record VariantView(String sku, String label, String price, boolean available) {
	}

	record ProductView(String title, @Nullable String brand, @Nullable String description, @Nullable String image,
			List<VariantView> variants) {
	}

	@GetMapping({ "/s/{storeCode}", "/s/{storeCode}/" })
	String products(@PathVariable String storeCode, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable Integer page, @RequestParam(required = false) @Nullable String lang,
			HttpServletRequest request, Model model) {
		return products(storefronts.open(request, storeCode, lang), q, page, model);
	}

	@GetMapping("/")
	String productsOnOwnHost(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable Integer page, @RequestParam(required = false) @Nullable String lang,
			HttpServletRequest request, Model model) {
		return products(storefronts.open(request, null, lang), q, page, model);
	}

	@GetMapping("/s/{storeCode}/products/{sku}")
	String product(@PathVariable String storeCode, @PathVariable String sku,
			@RequestParam(required = false) @Nullable String lang, HttpServletRequest request, Model model) {
		return product(storefronts.open(request, storeCode, lang), sku, model);
	}

	@GetMapping("/products/{sku}")
	String productOnOwnHost(@PathVariable String sku, @RequestParam(required = false) @Nullable String lang,
			HttpServletRequest request, Model model) {
		return product(storefronts.open(request, null, lang), sku, model);
	}

	private String products(Storefront storefront, @Nullable String query, @Nullable Integer page, Model model) {

		var paging = Paging.of(page, Paging.DEFAULT_SIZE, query);
		var store = storefront.store();
		var found = catalog.list(store.id(), ProductCatalog.Audience.CUSTOMERS, paging.query(), paging.page(),
				paging.size(), storefront.language(), store.defaultLanguage());
		var locale = storefront.locale();

		var pages = Math.max(1, (found.total() + paging.size() - 1) / paging.size());
		model.addAttribute("storefront", storefront);
		model.addAttribute("query", paging.query());
		model.addAttribute("page", paging.page());
		model.addAttribute("pages", pages);
		model.addAttribute("previous", paging.page() > 1 ? pageLink(storefront, paging, paging.page() - 1) : null);
		model.addAttribute("next", paging.page() < pages ? pageLink(storefront, paging, paging.page() + 1) : null);
		model.addAttribute("products", found.items().stream()
				.map(item -> new ListedView(item.sku(), item.title(), item.image(), item.price().display(locale)))
				.toList());
		return "storefront/products";
	}

	private String product(Storefront storefront, String sku, Model model) {

		var store = storefront.store();
		var detail = catalog.bySku(store.id(), ProductCatalog.Audience.CUSTOMERS, sku, storefront.language(),
				store.defaultLanguage()).orElseThrow(() -> Problem.notFound("product"));
		var locale = storefront.locale();

		var variants = detail.variants().stream()
				.map(variant -> new VariantView(variant.sku(), label(variant, detail.title()),
						variant.price().display(locale), variant.available()))
				.toList();
		model.addAttribute("storefront", storefront);
		model.addAttribute("selected", sku);
		model.addAttribute("product", new ProductView(detail.title(), detail.brand(),
				PlainText.of(detail.description()), detail.images().isEmpty() ? null : detail.images().getFirst(),
				variants));
		return "storefront/product";
	}

	private static String pageLink(Storefront storefront, Paging paging, int page) {

		var search = paging.query() == null ? "" : "&q=" + URLEncoder.encode(paging.query(), StandardCharsets.UTF_8);
		return storefront.link("/?page=" + page + search);
	}

	private static String label(ProductCatalog.Variant variant, String title) {

		var options = String.join(" / ", variant.options().values());
		return options.isBlank() ? title : options.toLowerCase(Locale.ROOT).equals("default title") ? title : options;
	}
}
