package lu.boutik.catalog;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import lu.boutik.core.Money;
import lu.boutik.core.web.Problem;
import lu.boutik.core.web.Paging;
import lu.boutik.security.Caller;
import lu.boutik.tenancy.Language;
import lu.boutik.tenancy.Store;
import lu.boutik.tenancy.Stores;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * A store member's catalog: feed imports and the store's products, published or not. The store is always the
 * caller's own; an id of another store's import or product answers 404, as if it did not exist.
 */
@RestController
@RequestMapping("/api/v1/store/catalog")
class StoreCatalogController {

	private static final String IMPORT = "import products";
	private static final String EXPECTED_SOURCE = "a JSON body with source_url, or a multipart form with a file";

	private final FeedImporting importing;
	private final FeedImports imports;
	private final ProductCatalog catalog;
	private final Stores stores;

	StoreCatalogController(FeedImporting importing, FeedImports imports, ProductCatalog catalog, Stores stores) {

		this.importing = importing;
		this.imports = imports;
		this.catalog = catalog;
		this.stores = stores;
	}

	record UrlImport(@Nullable String sourceUrl, @Nullable String language) {
	}

	record Started(UUID id, String status) {
	}

	record ImportView(UUID id, String status, @Nullable String layout, @Nullable String sourceUrl,
			@Nullable String fileName, long rowsRead, long rowsImported, long rowsFailed,
			List<FeedImport.RowError> errors, @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable String failure,
			Instant createdAt, @Nullable Instant finishedAt) {

		static ImportView of(FeedImport feed) {
			return new ImportView(feed.id(), feed.status(), feed.layout(), feed.sourceUrl(), feed.fileName(),
					feed.rowsRead(), feed.rowsImported(), feed.rowsFailed(), feed.errors(), feed.failure(),
					feed.createdAt(), feed.finishedAt());
		}
	}

	record Variant(String sku, Map<String, String> options, Money price, boolean available, @Nullable String gtin,
			@Nullable Integer quantity) {

		static Variant of(ProductCatalog.Variant variant) {
			return new Variant(variant.sku(), variant.options(), variant.price(), variant.available(),
					variant.gtin(), variant.quantity());
		}
	}

	record Item(UUID id, String sku, String title, @Nullable String brand, @Nullable String image, Money price,
			boolean available, String vatCategory, boolean published, List<Variant> variants) {
	}

	record Listing(List<Item> items, int page, int size, long total) {
	}

	record Text(String title, @Nullable String description) {
	}

	record Product(UUID id, String handle, String sku, String title, @Nullable String brand, List<String> images,
			Money price, boolean available, String vatCategory, boolean published, Map<String, Text> translations,
			List<Variant> variants) {
	}

	@PostMapping(path = "/imports", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Started> importFromUrl(Caller caller, @RequestBody UrlImport request) {

		var store = store(caller.requireRole(IMPORT, "owner", "manager"));
		var id = importing.fromUrl(store, request.sourceUrl(), language(request.language()));
		return started(id);
	}

	@PostMapping(path = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<Started> importFromFile(Caller caller,
			@RequestPart(name = "file", required = false) @Nullable MultipartFile file,
			@RequestParam(name = "language", required = false) @Nullable String language) throws IOException {

		var store = store(caller.requireRole(IMPORT, "owner", "manager"));
		if (file == null || (file.isEmpty() && file.getOriginalFilename() == null)) {
			throw Problem.invalidField("file", EXPECTED_SOURCE);
		}
		try (var content = file.getInputStream()) {
			var id = importing.fromUpload(store, content, file.getOriginalFilename(), language(language));
			return started(id);
		}
	}

	@PostMapping("/imports")
	ResponseEntity<Started> importFromNothing(Caller caller) {
		throw Problem.invalidField("source_url", EXPECTED_SOURCE);
	}

	@GetMapping("/imports/{id}")
	ImportView feedImport(Caller caller, @PathVariable UUID id) {
		return imports.byId(caller.storeId(), id).map(ImportView::of).orElseThrow(() -> Problem.notFound("import"));
	}

	@GetMapping("/imports")
	Map<String, List<ImportView>> feedImports(Caller caller) {
		return Map.of("items", imports.latest(caller.storeId(), 50).stream().map(ImportView::of).toList());
	}

	@GetMapping("/products")
	Listing products(Caller caller, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size,
			@RequestParam(required = false) @Nullable String lang) {

		var store = store(caller);
		var paging = Paging.of(page, size, q);
		var found = catalog.list(store.id(), ProductCatalog.Audience.MEMBERS, paging.query(), paging.page(),
				paging.size(), languageOr(lang, store), store.defaultLanguage());

		var items = found.items().stream()
				.map(item -> new Item(item.id(), item.sku(), item.title(), item.brand(), item.image(), item.price(),
						item.available(), item.vatCategory(), item.published(),
						item.variants().stream().map(Variant::of).toList()))
				.toList();
		return new Listing(items, found.page(), found.size(), found.total());
	}

	@GetMapping("/products/{id}")
	Product product(Caller caller, @PathVariable UUID id, @RequestParam(required = false) @Nullable String lang) {

		var store = store(caller);
		var product = catalog.byId(store.id(), id, languageOr(lang, store), store.defaultLanguage())
				.orElseThrow(() -> Problem.notFound("product"));

		var translations = new LinkedHashMap<String, Text>();
		product.translations().forEach((language, text) ->
				translations.put(language.code(), new Text(text.title(), text.description())));
		return new Product(product.id(), product.handle(), product.sku(), product.title(), product.brand(),
				product.images(), product.price(), product.available(), product.vatCategory(), product.published(),
				translations, product.variants().stream().map(Variant::of).toList());
	}

	private Store store(Caller caller) {
		return stores.byId(caller.storeId()).orElseThrow(() -> Problem.notFound("store"));
	}

	private static ResponseEntity<Started> started(UUID id) {
		return ResponseEntity.accepted().location(URI.create("/api/v1/store/catalog/imports/" + id))
				.body(new Started(id, FeedImport.QUEUED));
	}

	private static @Nullable Language language(@Nullable String code) {
		return code == null || code.isBlank() ? null : Language.of("language", code);
	}

	private static Language languageOr(@Nullable String code, Store store) {
		return code == null || code.isBlank() ? store.defaultLanguage() : Language.of("lang", code);
	}
}
