package lu.boutik.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lu.boutik.tenancy.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import lu.boutik.test.Feeds;

class FeedReaderTests {

	static final List<String> SHOPIFY = Feeds.SHOPIFY;

	@ParameterizedTest
	@FieldSource("SHOPIFY")
	void readsEveryProductAndVariantOfRealShopifyFeed(String name) throws IOException {

		var sink = new Collected();
		try (var in = Files.newInputStream(Feeds.file(name))) {
			var outcome = FeedReader.read(in, Language.EN, sink);
			assertThat(outcome.layout()).isEqualTo("shopify");
		}

		assertThat(sink.rejected).isEmpty();
		assertThat(sink.read).isEqualTo(Feeds.rows(name));
		assertThat(sink.products).hasSize(Feeds.products(name));
		assertThat(sink.products.values().stream().mapToInt(p -> p.variants.size()).sum())
				.isEqualTo(Feeds.variants(name));
		assertThat(sink.products.values().stream().mapToInt(p -> p.rows.size()).sum()).isEqualTo(Feeds.rows(name));
	}

	@Test
	void groupsShopifyVariantRowsUnderTheirProductWithDerivedSkus() throws IOException {

		var sink = read(Feeds.file("shopify-apparel.csv"));

		var top = sink.products.get("classic-varsity-top");
		assertThat(top.texts.get(Language.DE).title()).isEqualTo("Classic Varsity Top");
		assertThat(top.variants).extracting(ProductDraft.Variant::sku)
				.containsExactly("classic-varsity-top-small", "classic-varsity-top-medium",
						"classic-varsity-top-large");
		assertThat(top.variants.get(1).optionNames()).containsExactly("Size");
		assertThat(top.variants.get(1).priceCents()).isEqualTo(6000);

		var shirt = sink.products.get("ocean-blue-shirt");
		assertThat(shirt.variants).singleElement().satisfies(variant -> {
			assertThat(variant.sku()).isEqualTo("ocean-blue-shirt");
			assertThat(variant.optionValues()).isEmpty();
		});
		assertThat(shirt.brand).isEqualTo("partners-demo");
	}

	@Test
	void addsImageOnlyShopifyRowsToTheirProduct() throws IOException {

		var sink = read(Feeds.file("shopify-jewelery.csv"));

		var crane = sink.products.get("origami-crane-necklace");
		assertThat(crane.variants).hasSize(1);
		assertThat(crane.images).hasSize(4).allMatch(url -> url.startsWith("https://"));
		var anchor = sink.products.get("leather-anchor");
		assertThat(anchor.variants).extracting(ProductDraft.Variant::priceCents).containsExactly(6999L, 5500L);
		assertThat(anchor.variants.get(1).available()).isFalse();
	}

	@Test
	void readsGoogleShoppingFeedWithTranslationsAndGroups() throws IOException {

		var feed = """
				id\ttitle\tdescription\ttitle_fr\tlink\timage_link\tadditional_image_link\tavailability\tprice\tbrand\t\
				gtin\tmpn\tcondition\titem_group_id\tcolor\tgoogle_product_category
				TEE-R\tRed tee\tSoft cotton\tT-shirt rouge\thttps://shop.test/tee\thttps://img.test/r.jpg\t\
				https://img.test/r2.jpg,https://img.test/r3.jpg\tin_stock\t12.90 EUR\tAcme\t4006381333931\tM1\tnew\t\
				TEE\tred\tApparel
				TEE-B\tBlue tee\tSoft cotton\t\thttps://shop.test/tee\thttps://img.test/b.jpg\t\tout_of_stock\t\
				13.00 EUR\tAcme\t\t\tnew\tTEE\tblue\tApparel
				""";

		var sink = read(feed);

		assertThat(sink.rejected).isEmpty();
		assertThat(sink.all).hasSize(2);
		var red = sink.all.getFirst();
		assertThat(red.handle).isEqualTo("TEE");
		assertThat(red.texts.get(Language.DE).title()).isEqualTo("Red tee");
		assertThat(red.texts.get(Language.FR).title()).isEqualTo("T-shirt rouge");
		assertThat(red.images).hasSize(3);
		assertThat(red.variants.getFirst()).satisfies(variant -> {
			assertThat(variant.sku()).isEqualTo("TEE-R");
			assertThat(variant.priceCents()).isEqualTo(1290);
			assertThat(variant.gtin()).isEqualTo("4006381333931");
			assertThat(variant.optionValues()).containsExactly("red");
		});
		assertThat(sink.all.get(1).variants.getFirst().available()).isFalse();
	}

	@Test
	void rejectsOnlyTheBadRowsOfGoogleShoppingFeed() throws IOException {

		var feed = """
				id\ttitle\tprice
				A-1\tGood\t1.00 EUR
				A-2\tBad price\ttwelve
				\tNo id\t3.00 EUR
				A-4\tDollars\t4.00 USD
				A-5\tAlso good\t5
				""";

		var sink = read(feed);

		assertThat(sink.all).extracting(p -> p.variants.getFirst().sku()).containsExactly("A-1", "A-5");
		assertThat(sink.rejected).containsOnlyKeys(3L, 4L, 5L);
		assertThat(sink.rejected.get(3L)).contains("price \"twelve\" is not a price");
		assertThat(sink.rejected.get(4L)).isEqualTo("id is empty");
		assertThat(sink.rejected.get(5L)).contains("EUR");
		assertThat(sink.read).isEqualTo(5);
	}

	@Test
	void refusesEmptyBinaryAndUnknownFiles() {

		assertThatThrownBy(() -> read("")).isInstanceOf(UnreadableFeed.class).hasMessage("The file is empty.");
		assertThatThrownBy(() -> read(new byte[] { 'P', 'K', 3, 4, 0, 0, 1 })).isInstanceOf(UnreadableFeed.class)
				.hasMessageContaining("binary");
		assertThatThrownBy(() -> read(new byte[] { (byte) 0xFF, (byte) 0xFE, 'a' })).isInstanceOf(UnreadableFeed.class)
				.hasMessageContaining("not UTF-8");
		assertThatThrownBy(() -> read("name,colour\nchair,red\n")).isInstanceOf(UnreadableFeed.class)
				.hasMessageContaining("neither a Shopify product CSV");
	}

	private static Collected read(java.nio.file.Path file) throws IOException {
		return read(Files.readAllBytes(file));
	}

	private static Collected read(String feed) throws IOException {
		return read(feed.getBytes(StandardCharsets.UTF_8));
	}

	private static Collected read(byte[] feed) throws IOException {

		var sink = new Collected();
		FeedReader.read(new ByteArrayInputStream(feed), Language.DE, sink);
		return sink;
	}

	static final class Collected implements FeedSink {

		int read;
		final Map<String, ProductDraft> products = new LinkedHashMap<>();
		final List<ProductDraft> all = new ArrayList<>();
		final Map<Long, String> rejected = new LinkedHashMap<>();

		@Override
		public void rowRead() {
			read++;
		}

		@Override
		public void product(ProductDraft product) {

			products.put(product.handle, product);
			all.add(product);
		}

		@Override
		public void rejected(long row, String reason) {
			rejected.put(row, reason);
		}
	}
}
