package lu.boutik.catalog;

import java.util.Locale;
import java.util.Optional;

/**
 * The Luxembourg VAT category of a product. The rate of each category is data with validity dates that orders look
 * up; the catalog only says which category applies.
 */
enum VatCategory {

	STANDARD, INTERMEDIATE, REDUCED, SUPER_REDUCED;

	String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** Reads {@code standard}, {@code super-reduced}, {@code Super Reduced} and the like. */
	static Optional<VatCategory> parse(String text) {

		var normal = text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
		for (var category : values()) {
			if (category.name().equals(normal)) {
				return Optional.of(category);
			}
		}
		return Optional.empty();
	}

	static InvalidRow unknown(String field, String text) {
		return new InvalidRow(field + " \"" + Rows.excerpt(text)
				+ "\" is not standard, intermediate, reduced or super_reduced");
	}
}
