package lu.boutik.marketplace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * A store's catalog as a tab-separated product feed in the Google Shopping layout that Letzshop reads, one feed per
 * language. A cell that a spreadsheet would read as a formula (it starts with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return) is prefixed with an apostrophe; tabs and line breaks inside a cell become
 * spaces so that every row stays one line of cells.
 */
final class ProductFeed {

	/** What a spreadsheet passes over before it decides whether a cell is a formula. */
	private static final Pattern LEAD = Pattern.compile("^[\\s\\u00a0\\p{Cntrl}\"']+");

	static final List<String> COLUMNS = List.of("id", "title", "description", "link", "image_link", "availability",
			"price", "brand", "gtin", "mpn", "condition");

	private ProductFeed() {
	}

	/** The languages Letzshop shows product names in. */
	enum FeedLanguage {

		EN, FR, DE;

		String code() {
			return name().toLowerCase(Locale.ROOT);
		}

		static @Nullable FeedLanguage of(String code) {
			return Stream.of(values()).filter(it -> it.code().equals(code)).findFirst().orElse(null);
		}
	}

	/** One variant, already in the feed's language. */
	record Item(String id, String title, @Nullable String description, @Nullable String link,
			@Nullable String imageLink, boolean available, long priceCents, String currency, @Nullable String brand,
			@Nullable String gtin, @Nullable String mpn) {
	}

	static void write(Stream<Item> items, Writer out) {

		try {
			row(out, COLUMNS);
			for (var item : (Iterable<Item>) items::iterator) {
				row(out, List.of(item.id(), item.title(), text(item.description()), text(item.link()),
						text(item.imageLink()), item.available() ? "in_stock" : "out_of_stock",
						price(item.priceCents(), item.currency()), text(item.brand()), text(item.gtin()),
						text(item.mpn()), "new"));
			}
			out.flush();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Makes a value safe as one cell: no tab or line break, and no formula a spreadsheet would run. A spreadsheet
	 * skips spaces, quotes and control characters before it looks for a formula, so the check looks past them too.
	 */
	static String cell(String value) {

		var flat = value.replaceAll("[\\t\\r\\n\\u000B\\f\\u0085\\u2028\\u2029]", " ");
		var lead = LEAD.matcher(flat).replaceFirst("");
		return !lead.isEmpty() && "=+-@".indexOf(lead.charAt(0)) >= 0 ? "'" + flat : flat;
	}

	private static void row(Writer out, List<String> cells) throws IOException {

		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				out.write('\t');
			}
			out.write(cell(cells.get(i)));
		}
		out.write('\n');
	}

	private static String price(long cents, String currency) {
		return String.format(Locale.ROOT, "%d.%02d %s", cents / 100, cents % 100, currency);
	}

	private static String text(@Nullable String value) {
		return value == null ? "" : value;
	}
}
