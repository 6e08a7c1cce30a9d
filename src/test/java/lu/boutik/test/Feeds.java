package lu.boutik.test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;

import org.apache.commons.csv.CSVFormat;

/**
 * The real Shopify sample feeds in the shared data folder, and what they hold, counted straight from the files.
 */
public final class Feeds {

	public static final Path DIRECTORY = locate();
	public static final List<String> SHOPIFY = List.of("shopify-apparel.csv", "shopify-home-and-garden.csv",
			"shopify-jewelery.csv");

	private Feeds() {
	}

	public static Path file(String name) {
		return DIRECTORY.resolve(name);
	}

	/** Distinct handles: one product each. */
	public static int products(String name) throws IOException {

		var handles = new LinkedHashSet<String>();
		try (var reader = reader(name); var parser = header().parse(reader)) {
			parser.forEach(record -> handles.add(record.get("Handle")));
		}
		return handles.size();
	}

	/** Rows with a variant price: one variant each. */
	public static int variants(String name) throws IOException {

		try (var reader = reader(name); var parser = header().parse(reader)) {
			return (int) parser.stream().filter(record -> !record.get("Variant Price").isBlank()).count();
		}
	}

	public static int rows(String name) throws IOException {

		try (var reader = reader(name); var parser = header().parse(reader)) {
			return parser.getRecords().size();
		}
	}

	private static CSVFormat header() {
		return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
	}

	private static Reader reader(String name) throws IOException {
		return Files.newBufferedReader(file(name), StandardCharsets.UTF_8);
	}

	private static Path locate() {

		var start = Path.of("").toAbsolutePath();
		for (var directory = start; directory != null; directory = directory.getParent()) {
			var candidate = directory.resolve("shared/data/feeds");
			if (Files.isDirectory(candidate)) {
				return candidate;
			}
			var sibling = directory.resolveSibling("shared").resolve("data/feeds");
			if (Files.isDirectory(sibling)) {
				return sibling;
			}
		}
		throw new IllegalStateException("the shared feeds folder is not beside " + start);
	}
}
