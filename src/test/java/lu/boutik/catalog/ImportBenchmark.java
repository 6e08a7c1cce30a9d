package lu.boutik.catalog;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;

import javax.sql.DataSource;

import lu.boutik.BoutikApplication;
import lu.boutik.core.files.FileStore;
import lu.boutik.tenancy.Language;
import org.postgresql.PGConnection;
import org.springframework.boot.SpringApplication;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Measures the import of a generated Google Shopping feed through the real import job, against the embedded
 * PostgreSQL, next to a plain {@code COPY} of the same file into a table of text columns in the same database. Run
 * by {@code bench/import-speed.sh}; not part of the test suite.
 */
final class ImportBenchmark {

	private static final int VARIANTS_PER_PRODUCT = 4;

	private ImportBenchmark() {
	}

	public static void main(String[] arguments) throws Exception {

		var rows = arguments.length > 0 ? Integer.parseInt(arguments[0]) : 100_000;
		var feed = Files.createTempFile("boutik-bench", ".tsv");
		try (var context = new SpringApplication(BoutikApplication.class).run(
				"--boutik.embedded-database.data-directory=", "--boutik.files.base-directory=",
				"--jobrunr.background-job-server.enabled=false", "--server.port=0",
				"--logging.level.root=WARN", "--spring.main.banner-mode=off")) {

			generate(feed, rows);
			System.out.printf(Locale.ROOT, "feed: %,d rows, %,d products, %.1f MB, Google Shopping TSV%n", rows,
					rows / VARIANTS_PER_PRODUCT, Files.size(feed) / 1e6);

			var jdbc = context.getBean(JdbcClient.class);
			var storeId = store(jdbc);
			var imports = context.getBean(FeedImports.class);
			var files = context.getBean(FileStore.class);
			var job = context.getBean(FeedImportJob.class);
			var dataSource = context.getBean(DataSource.class);

			warmUp(imports, files, job, storeId);

			var id = UUID.randomUUID();
			try (var in = Files.newInputStream(feed)) {
				imports.add(id, storeId, null, "bench.tsv", files.save("feeds", in, Long.MAX_VALUE).value(),
						Language.EN);
			}

			var baseline = settledHeap();
			resetPeaks();
			var start = System.nanoTime();
			job.run(new FeedImportRequest(id));
			var importSeconds = (System.nanoTime() - start) / 1e9;
			var peak = peakHeap();

			var done = imports.byId(storeId, id).orElseThrow();
			if (!done.status().equals(FeedImport.COMPLETED) || done.rowsImported() != rows) {
				throw new IllegalStateException("the import did not complete: " + done);
			}
			var variants = jdbc.sql("select count(*) from variants where store_id = ?").param(storeId)
					.query(Long.class).single();

			var copySeconds = copy(dataSource, jdbc, feed);

			System.out.printf(Locale.ROOT, "import: %,d rows in %.2f s = %,.0f rows/s; %,d variants in the catalog%n",
					rows, importSeconds, rows / importSeconds, variants);
			System.out.printf(Locale.ROOT,
					"import: peak heap used %.0f MB (settled heap before %.0f MB, max %.0f MB)%n",
					peak / 1e6, baseline / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
			System.out.printf(Locale.ROOT, "COPY:   %,d rows in %.2f s = %,.0f rows/s (same file into text columns)%n",
					rows, copySeconds, rows / copySeconds);
			System.out.printf(Locale.ROOT, "import takes %.1f times as long as COPY%n", importSeconds / copySeconds);
		}
		finally {
			Files.deleteIfExists(feed);
		}
	}

	/** A small import first, so that the measured one runs on warm code. */
	private static void warmUp(FeedImports imports, FileStore files, FeedImportJob job, UUID storeId)
			throws IOException {

		var warm = Files.createTempFile("boutik-bench-warm", ".tsv");
		try {
			generate(warm, 5_000);
			var id = UUID.randomUUID();
			try (var in = Files.newInputStream(warm)) {
				imports.add(id, storeId, null, "warm.tsv", files.save("feeds", in, Long.MAX_VALUE).value(),
						Language.EN);
			}
			job.run(new FeedImportRequest(id));
		}
		finally {
			Files.deleteIfExists(warm);
		}
	}

	private static void generate(Path file, int rows) throws IOException {

		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write("id\ttitle\ttitle_fr\tdescription\tlink\timage_link\tavailability\tprice\tbrand\tgtin\tmpn"
					+ "\tcondition\titem_group_id\tsize\tgoogle_product_category\n");
			String[] sizes = { "S", "M", "L", "XL" };
			for (int row = 0; row < rows; row++) {
				var group = row / VARIANTS_PER_PRODUCT;
				var size = sizes[row % VARIANTS_PER_PRODUCT];
				out.write(String.format(Locale.ROOT,
						"SKU-%07d\tCotton shirt %d\tChemise en coton %d\tA soft cotton shirt, number %d, with a narrow"
								+ " collar and buttons down the front.\thttps://shop.example/p/%d\t"
								+ "https://img.example/p/%d.jpg\t%s\t%d.%02d EUR\tAcme\t%013d\tMPN-%d\tnew\tG-%d\t%s\t"
								+ "Apparel & Accessories > Clothing > Shirts & Tops\n",
						row, group, group, group, group, group, row % 10 == 0 ? "out_of_stock" : "in_stock",
						5 + group % 200, row % 100, 4_000_000_000_000L + row, group, group, size));
			}
		}
	}

	private static UUID store(JdbcClient jdbc) {

		var merchant = UUID.randomUUID();
		var store = UUID.randomUUID();
		jdbc.sql("insert into merchants (id, name) values (?, 'Bench merchant')").param(merchant).update();
		jdbc.sql("insert into stores (id, merchant_id, code, name, default_language) values (?, ?, ?, 'Bench', 'en')")
				.params(store, merchant, "bench-" + store).update();
		return store;
	}

	private static double copy(DataSource dataSource, JdbcClient jdbc, Path feed) throws Exception {

		jdbc.sql("""
				create table if not exists bench_copy (id text, title text, title_fr text, description text, link text,
				    image_link text, availability text, price text, brand text, gtin text, mpn text, condition text,
				    item_group_id text, size text, google_product_category text)""").update();
		jdbc.sql("truncate bench_copy").update();

		var connection = DataSourceUtils.getConnection(dataSource);
		try (Reader reader = Files.newBufferedReader(feed, StandardCharsets.UTF_8)) {
			var start = System.nanoTime();
			connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
					"copy bench_copy from stdin with (format csv, delimiter E'\\t', header true)", reader);
			return (System.nanoTime() - start) / 1e9;
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
			jdbc.sql("drop table bench_copy").update();
		}
	}

	private static long settledHeap() {

		System.gc();
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	private static void resetPeaks() {
		heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
	}

	private static long peakHeap() {
		return heapPools().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
	}

	private static java.util.stream.Stream<MemoryPoolMXBean> heapPools() {
		return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP);
	}
}
