package lu.boutik.catalog;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;

/**
 * The columns a feed's header names, looked up without regard to case, surrounding spaces or a {@code g:} prefix.
 * A column a row does not reach reads as empty.
 */
final class Columns {

	private final Map<String, Integer> indexes = new HashMap<>();

	Columns(CSVRecord header) {

		for (int i = header.size() - 1; i >= 0; i--) {
			indexes.put(normal(header.get(i)), i);
		}
	}

	boolean has(String name) {
		return indexes.containsKey(normal(name));
	}

	String get(CSVRecord record, String name) {

		var index = indexes.get(normal(name));
		return index == null || index >= record.size() ? "" : record.get(index);
	}

	static String normal(String name) {

		var normal = name.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
		return normal.startsWith("g:") ? normal.substring(2) : normal;
	}
}
