package lu.boutik.catalog;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lu.boutik.tenancy.Language;
import org.jspecify.annotations.Nullable;

/**
 * Reading catalog rows back: arrays, options, the language a title is shown in.
 */
final class ProductRows {

	private ProductRows() {
	}

	static List<String> strings(ResultSet row, String column) throws SQLException {

		Array array = row.getArray(column);
		if (array == null) {
			return List.of();
		}
		return List.of((String[]) array.getArray());
	}

	static Map<String, String> options(ResultSet row) throws SQLException {

		var names = strings(row, "option_names");
		var values = strings(row, "option_values");
		var options = new LinkedHashMap<String, String>();
		for (int i = 0; i < Math.min(names.size(), values.size()); i++) {
			options.put(names.get(i), values.get(i));
		}
		return Collections.unmodifiableMap(options);
	}

	static @Nullable Integer quantity(ResultSet row) throws SQLException {

		var quantity = row.getInt("quantity");
		return row.wasNull() ? null : quantity;
	}

	/**
	 * An SQL expression for a product's title in the first language it has of: {@code preferred}, {@code fallback},
	 * English, then any.
	 */
	static String titleIn(String product, String column, Language preferred, Language fallback) {

		return """
				(select t.%s from product_texts t where t.product_id = %s.id
				 order by case t.language when '%s' then 0 when '%s' then 1 when 'en' then 2 else 3 end, t.language
				 limit 1)""".formatted(column, product, preferred.code(), fallback.code());
	}
}
