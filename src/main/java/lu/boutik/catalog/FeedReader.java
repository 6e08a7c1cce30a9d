package lu.boutik.catalog;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import lu.boutik.tenancy.Language;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * Reads a feed from a stream, one row at a time, and tells a {@link FeedSink} what it found. The layout is chosen
 * from the header: a comma-separated header with Handle, Title and Variant Price is Shopify's product CSV; a header
 * with id, title and price, separated by tabs or commas, is a Google Shopping feed. Memory does not grow with the
 * feed: only the product being read is held.
 * <p>
 * Row numbers count the header as row 1, as a spreadsheet shows them.
 */
final class FeedReader {

	private static final int PEEK = 16 * 1024;
	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private FeedReader() {
	}

	/** What was read: the layout and the number of data rows. */
	record Outcome(String layout, long rows) {
	}

	/**
	 * @throws UnreadableFeed when the stream is empty, not UTF-8 text, not CSV, or of neither layout
	 */
	static Outcome read(InputStream stream, Language language, FeedSink sink) throws IOException {

		var in = new BufferedInputStream(stream, 64 * 1024);
		var head = peek(in);
		var delimiter = firstLine(head).indexOf('\t') >= 0 ? '\t' : ',';

		var decoder = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		var format = CSVFormat.RFC4180.builder()
				.setDelimiter(delimiter)
				.setIgnoreEmptyLines(true)
				.setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
				.setTrailingData(true)
				.setLenientEof(true)
				.get();

		long row = 1;
		try (var parser = CSVParser.builder().setReader(new InputStreamReader(in, decoder)).setFormat(format).get()) {

			var records = parser.iterator();
			if (!records.hasNext()) {
				throw new UnreadableFeed("The file is empty.");
			}
			var columns = new Columns(records.next());

			if (delimiter == ',' && ShopifyProductCsv.reads(columns)) {
				var shopify = new ShopifyProductCsv(columns, language, sink);
				while (records.hasNext()) {
					CSVRecord record = records.next();
					shopify.row(++row, record);
				}
				shopify.finish();
				return new Outcome("shopify", row - 1);
			}

			if (GoogleShoppingFeed.reads(columns)) {
				var google = new GoogleShoppingFeed(columns, language, sink);
				while (records.hasNext()) {
					google.row(++row, records.next());
				}
				return new Outcome("google", row - 1);
			}

			throw new UnreadableFeed("The header names neither a Shopify product CSV (Handle, Title, Variant Price)"
					+ " nor a Google Shopping feed (id, title, price).");
		}
		catch (UncheckedIOException exception) {
			throw unreadable(exception.getCause(), row);
		}
		catch (IOException exception) {
			throw unreadable(exception, row);
		}
	}

	private static UnreadableFeed unreadable(IOException exception, long row) {

		if (exception instanceof CharacterCodingException) {
			return new UnreadableFeed("The file is not UTF-8 text after row " + row + ".");
		}
		return new UnreadableFeed("The file is not valid CSV after row " + row + ".");
	}

	/** Looks at the start of the stream, refuses what is not text, and leaves the stream after any byte order mark. */
	private static byte[] peek(BufferedInputStream in) throws IOException {

		in.mark(PEEK);
		var head = in.readNBytes(PEEK);
		in.reset();

		if (head.length == 0) {
			throw new UnreadableFeed("The file is empty.");
		}
		if (head.length >= 2 && head[0] == (byte) 0x1F && head[1] == (byte) 0x8B) {
			throw new UnreadableFeed("The file is gzip-compressed; import it uncompressed.");
		}
		for (var b : head) {
			if (b == 0) {
				throw new UnreadableFeed("The file is not text: it holds binary data.");
			}
		}
		if (!isUtf8(head)) {
			throw new UnreadableFeed("The file is not UTF-8 text.");
		}

		if (head.length >= 3 && Arrays.equals(head, 0, 3, BOM, 0, 3)) {
			in.skipNBytes(3);
			return Arrays.copyOfRange(head, 3, head.length);
		}
		return head;
	}

	/** Whether the bytes are UTF-8, allowing a character cut off at the end of the peek. */
	private static boolean isUtf8(byte[] head) {

		for (int cut = 0; cut <= Math.min(3, head.length - 1); cut++) {
			try {
				StandardCharsets.UTF_8.newDecoder()
						.onMalformedInput(CodingErrorAction.REPORT)
						.onUnmappableCharacter(CodingErrorAction.REPORT)
						.decode(ByteBuffer.wrap(head, 0, head.length - cut));
				return true;
			}
			catch (CharacterCodingException exception) {
				if (head.length < PEEK) {
					return false;
				}
			}
		}
		return false;
	}

	private static String firstLine(byte[] head) {

		var text = new String(head, StandardCharsets.UTF_8);
		var end = text.indexOf('\n');
		return end < 0 ? text : text.substring(0, end);
	}
}
