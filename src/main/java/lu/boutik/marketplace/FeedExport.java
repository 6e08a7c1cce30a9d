package lu.boutik.marketplace;

import java.io.Writer;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import lu.boutik.catalog.ExportedProduct;
import lu.boutik.catalog.ProductLookup;
import lu.boutik.core.config.PlatformProperties;
import lu.boutik.core.web.Problem;
import lu.boutik.tenancy.Language;
import lu.boutik.tenancy.Store;
import lu.boutik.tenancy.Stores;

/**
 * Writes a store's published products as a Letzshop feed in one of Letzshop's languages, one row per variant, the
 * title and description in that language or, where the product has none, in the first of English, French and German
 * it has.
 */
@Service
class FeedExport {

	private final ProductLookup products;
	private final Stores stores;
	private final PlatformProperties platform;

	FeedExport(ProductLookup products, Stores stores, PlatformProperties platform) {

		this.products = products;
		this.stores = stores;
		this.platform = platform;
	}

	static ProductFeed.FeedLanguage language(String code) {

		var language = ProductFeed.FeedLanguage.of(code);
		if (language == null) {
			throw Problem.invalidField("language", "one of en, fr, de");
		}
		return language;
	}

	void write(UUID storeId, ProductFeed.FeedLanguage language, Writer out) {

		var store = stores.byId(storeId).orElseThrow(() -> Problem.notFound("store"));
		var items = new ArrayList<ProductFeed.Item>();

		products.forEachProduct(storeId, product -> {
			if (product.published()) {
				items.addAll(items(store, product, language));
			}
		});
		ProductFeed.write(items.stream(), out);
	}

	private List<ProductFeed.Item> items(Store store, ExportedProduct product, ProductFeed.FeedLanguage language) {

		var text = text(product, language);
		var link = link(store, product);

		return product.variants().stream()
				.map(variant -> new ProductFeed.Item(variant.sku(), text == null ? variant.sku() : text.title(),
						text == null ? null : text.description(), link,
						variant.imageUrl() != null ? variant.imageUrl()
								: product.imageUrls().isEmpty() ? null : product.imageUrls().getFirst(),
						variant.available(), variant.priceCents(), variant.currency(), product.brand(),
						variant.gtin(), variant.mpn()))
				.toList();
	}

	private static ExportedProduct.@Nullable Text text(ExportedProduct product, ProductFeed.FeedLanguage language) {

		return Stream.of(language.code(), "en", "fr", "de")
				.map(code -> product.texts().get(Language.of("language", code)))
				.filter(it -> it != null)
				.findFirst().orElse(null);
	}

	/** The product's page on the store's storefront, under the platform's domain. */
	private String link(Store store, ExportedProduct product) {

		var scheme = platform.publicBaseUrl().getScheme();
		var handle = URLEncoder.encode(product.handle(), StandardCharsets.UTF_8);
		return URI.create(scheme + "://" + store.code() + "." + platform.platformDomain() + "/products/" + handle)
				.toString();
	}
}
