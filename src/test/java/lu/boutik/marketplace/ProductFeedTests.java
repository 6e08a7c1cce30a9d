package lu.boutik.marketplace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ProductFeedTests {

	@ParameterizedTest
	@ValueSource(strings = { "=HYPERLINK(\"http://x\")", "+1+2", "-2+3", "@SUM(A1)", "\t=1", "\r=1",
			"\"=HYPERLINK(\"\"http://x\"\",\"\"q\"\")\"", "\u0085=1+2", "\u00a0=1+3", "  =1", "\u0001@A1" })
	void neutralisesCellsThatWouldStartAFormula(String value) {

		var cell = ProductFeed.cell(value);

		assertThat(cell).startsWith("'").doesNotContain("\t", "\r");
	}

	@Test
	void leavesOrdinaryCellsAlone() {
		assertThat(ProductFeed.cell("Mug, 300 ml")).isEqualTo("Mug, 300 ml");
	}

	@Test
	void writesOneLineOfCellsPerVariant() {

		var out = new StringWriter();
		ProductFeed.write(Stream.of(
				new ProductFeed.Item("MUG-01", "=cmd|' /C calc'!A0", "Two\tlines\nhere", null, null, true, 1250, "EUR",
						"Kalloo", "4006381333931", null),
				new ProductFeed.Item("TEA-02", "Tea", null, null, null, false, 399, "EUR", null, null, "T2")), out);

		var lines = out.toString().split("\n");
		assertThat(lines).hasSize(3);
		assertThat(lines[0].split("\t")).containsExactlyElementsOf(ProductFeed.COLUMNS);
		assertThat(lines[1].split("\t", -1)).hasSize(ProductFeed.COLUMNS.size())
				.contains("MUG-01", "'=cmd|' /C calc'!A0", "Two lines here", "in_stock", "12.50 EUR", "4006381333931");
		assertThat(lines[2].split("\t", -1)).contains("out_of_stock", "3.99 EUR", "T2");
	}
}
