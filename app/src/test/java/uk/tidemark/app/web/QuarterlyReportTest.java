package uk.tidemark.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.tidemark.app.fixture.ApiClient;
import uk.tidemark.app.fixture.ApiClient.Reply;
import uk.tidemark.app.fixture.CaseFixture;
import uk.tidemark.app.fixture.RunningApp;
import uk.tidemark.kernel.report.Quarter;

import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.app.fixture.ApiClient.assertProblem;
import static uk.tidemark.app.fixture.CaseFixture.caseBody;
import static uk.tidemark.app.fixture.TestAccounts.*;

/**
 * The trustees' quarterly report over HTTP, in JSON, CSV and PDF. This quarter, setting A (Alder School) has 3
 * defamation cases (fewer than 5) and 6 cyberbullying cases, all 6 triaged (first response met) and 5 of them
 * escalated to the police; setting B has none. The quarter is the current one, because the events carry the time
 * they are sent.
 */
@RunningApp
class QuarterlyReportTest {

    private static boolean seeded;
    private static Quarter quarter;

    @Autowired
    ApiClient api;
    @Autowired
    CaseFixture cases;
    @LocalServerPort
    int port;

    @BeforeEach
    void aQuarterOfCases() {
        if (seeded) {
            return;
        }
        quarter = Quarter.containing(Instant.now());
        for (int i = 0; i < 3; i++) {
            cases.logCase(DSL_A, body("DEFAMATION"));
        }
        for (int i = 0; i < 6; i++) {
            String id = cases.logCase(DSL_A, body("CYBERBULLYING"));
            cases.awaitVersion(DSL_A, id, 0);
            assertThat(api.post(DSL_A, "/api/incidents/" + id + "/triage", Map.of("severity", "LOW", "reason", "Seen"))
                    .status()).isEqualTo(204);
            if (i < 5) {
                assertThat(api.post(DSL_A, "/api/incidents/" + id + "/police-escalation",
                        Map.of("reason", "HARASSMENT", "force", "Kent Police")).status()).isEqualTo(201);
                cases.awaitVersion(DSL_A, id, 4); // logged, first response due, triaged, met, escalated
            }
            cases.awaitDeadline(DSL_A, id, "FIRST_RESPONSE", "MET");
        }
        seeded = true;
    }

    @Test
    void threeCasesInOneCategoryShowAsFewerThanFiveInJsonCsvAndPdf() throws IOException {
        // JSON
        Reply json = api.get(TRUSTEE, path(""));
        assertThat(json.status()).as("%s", json).isEqualTo(200);
        JsonNode alder = setting(json.json(), "Alder School");
        JsonNode defamation = alder.path("current").path("byCategory").path("DEFAMATION");
        assertThat(defamation.path("display").asText()).isEqualTo("fewer than 5");
        assertThat(defamation.path("count").isNull()).isTrue();
        assertThat(defamation.path("status").asText()).isEqualTo("FEWER_THAN_5");
        // 9 - 6 would give the 3 away, so the 6 is withheld as well
        assertThat(alder.path("current").path("byCategory").path("CYBERBULLYING").path("display").asText())
                .isEqualTo("withheld");
        assertThat(alder.path("current").path("cases").path("count").asInt()).isEqualTo(9);
        assertThat(json.raw().body()).doesNotContainPattern("\"count\":[1-4][,}]")
                .doesNotContain("Comments about", "Pupil One", "Account Holder", "dsl-a");

        // CSV, parsed back
        List<CSVRecord> rows = csv(TRUSTEE);
        assertThat(cell(rows, "Alder School", "Cases by category", "Defamation")).isEqualTo("fewer than 5");
        assertThat(cell(rows, "Alder School", "Cases by category", "Cyberbullying")).isEqualTo("withheld");
        assertThat(cell(rows, "Alder School", "Headline figures", "Cases logged")).isEqualTo("9");

        // PDF, its text read back with PDFBox
        String pdf = pdfText(TRUSTEE);
        assertThat(pdf).contains("Defamation", "fewer than 5");
        assertThat(Pattern.compile("Defamation\\s+fewer than 5").matcher(pdf).find()).as(pdf).isTrue();

        // the page
        Browser browser = new Browser("http://localhost:" + port);
        assertThat(Browser.location(browser.signIn(TRUSTEE, PASSWORD))).isEqualTo("/");
        HttpResponse<String> page = browser.get("/reports/quarterly?year=" + quarter.year() + "&quarter="
                + quarter.quarter());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("govuk-table", "govuk-summary-list", "<svg", "Download PDF")
                .doesNotContain("Comments about", "Pupil One");
        assertThat(Pattern.compile("Defamation</th>\\s*<td[^>]*>fewer than 5</td>").matcher(page.body()).find())
                .as(page.body()).isTrue();
        assertThat(browser.get("/reports/quarterly?year=abc&quarter=9").statusCode()).isEqualTo(400);
    }

    @Test
    void thePdfShowsTheHeadlineFigures() throws IOException {
        JsonNode all = api.get(TRUSTEE, path("")).json().path("allSettings").path("current");
        String median = all.path("medianFirstResponse").path("display").asText();
        assertThat(median).matches("\\d+ h \\d\\d min");
        assertThat(all.path("policeEscalations").path("count").asInt()).isEqualTo(5);

        String pdf = pdfText(TRUSTEE);

        assertThat(pdf).contains("Quarterly report: " + quarter.label());
        assertThat(Pattern.compile("Cases logged\\s+9\\s").matcher(pdf).find()).as(pdf).isTrue();
        assertThat(Pattern.compile("Police escalations\\s+5\\s").matcher(pdf).find()).as(pdf).isTrue();
        // in portrait the measure's name may wrap onto a second line of its cell
        assertThat(Pattern.compile("Median\\s+time\\s+to\\s+first\\s+response\\s+" + median).matcher(pdf).find())
                .as(pdf).isTrue();
        // the chart went in as drawing plus text: its figures are in the text too
        assertThat(pdf).contains("Cases by category, All settings");
    }

    @Test
    void theCsvParsesWithItsHeaderAndOneRowPerSettingAndMeasure() {
        HttpResponse<byte[]> r = api.download(TRUSTEE, path(".csv"));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv")
                .containsIgnoringCase("charset=UTF-8");
        assertThat(r.headers().firstValue("Content-Disposition").orElse(""))
                .isEqualTo("attachment; filename=\"tidemark-quarterly-report-" + quarter.year() + "-Q"
                        + quarter.quarter() + ".csv\"");
        String text = new String(r.body(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("quarter,setting_id,setting,group,measure,this_quarter,previous_quarter\r\n");

        List<CSVRecord> rows = csv(TRUSTEE);
        long measures = rows.stream().filter(row -> row.get("setting").equals("Alder School")).count();
        assertThat(measures).isGreaterThan(40);
        assertThat(rows).hasSize((int) measures * 3); // Alder, Birch, All settings
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.get("quarter")).isEqualTo(quarter.shortLabel());
            assertThat(row.get("this_quarter")).matches("0|[5-9]|\\d\\d+|fewer than 5( cases)?|withheld|no cases|\\d+%|(\\d+ d )?\\d+ h \\d\\d min");
        });
        assertThat(cell(rows, "Birch School", "Headline figures", "Cases logged")).isEqualTo("0");
        assertThat(cell(rows, "All settings", "Headline figures", "Police escalations")).isEqualTo("5");
        assertThat(rows.stream().filter(row -> row.get("setting").equals("Alder School")).findFirst().orElseThrow()
                .get("setting_id")).isEqualTo(SETTING_A);
    }

    @Test
    void trusteesHeadsAndSafeguardingLeadsGetItOthersAreRefused() {
        for (String suffix : List.of("", ".csv", ".pdf")) {
            for (String user : List.of(TRUSTEE, HEAD_A, DSL_A, DEPUTY_A, DSL_B)) {
                assertThat(api.download(user, path(suffix)).statusCode()).as("%s%s as %s", "report", suffix, user)
                        .isEqualTo(200);
            }
            for (String user : List.of(ADMIN, STAFF_A, HR)) {
                assertProblem(api.get(user, path(suffix)), 403);
            }
            assertProblem(api.get(null, path(suffix)), 401);
        }
        // each their own settings: the DSL of B sees B only, and none of A's cases
        JsonNode b = api.get(DSL_B, path("")).json();
        assertThat(b.path("settings")).hasSize(1);
        assertThat(b.path("settings").get(0).path("name").asText()).isEqualTo("Birch School");
        assertThat(b.path("allSettings").path("current").path("cases").path("count").asInt()).isZero();
        JsonNode head = api.get(HEAD_A, path("")).json();
        assertThat(head.path("settings")).hasSize(1);
        assertThat(head.path("allSettings").path("current").path("cases").path("count").asInt()).isEqualTo(9);
    }

    @Test
    void aBadYearOrQuarterIsA400NamingTheFields() {
        for (String suffix : List.of("", ".csv", ".pdf")) {
            assertThat(fields(api.get(TRUSTEE, "/api/reports/quarterly" + suffix + "?year=abc&quarter=7")))
                    .containsExactly("quarter", "year");
            assertThat(fields(api.get(TRUSTEE, "/api/reports/quarterly" + suffix + "?year=1999&quarter=1")))
                    .containsExactly("year");
            assertThat(fields(api.get(TRUSTEE, "/api/reports/quarterly" + suffix + "?year=2026")))
                    .containsExactly("quarter");
            Quarter next = quarter.next();
            assertThat(fields(api.get(TRUSTEE, "/api/reports/quarterly" + suffix + "?year=" + next.year()
                    + "&quarter=" + next.quarter()))).containsExactly(next.year() > quarter.year() ? "year" : "quarter");
        }
        // no year and no quarter: the current quarter
        assertThat(api.get(TRUSTEE, "/api/reports/quarterly").json().path("quarter").asInt()).isEqualTo(quarter.quarter());
    }

    // ---- helpers ----

    private static Map<String, Object> body(String category) {
        Map<String, Object> body = new LinkedHashMap<>(caseBody());
        body.put("category", category);
        return body;
    }

    private static String path(String suffix) {
        return "/api/reports/quarterly" + suffix + "?year=" + quarter.year() + "&quarter=" + quarter.quarter();
    }

    private static JsonNode setting(JsonNode report, String name) {
        for (JsonNode s : report.path("settings")) {
            if (s.path("name").asText().equals(name)) {
                return s;
            }
        }
        throw new AssertionError("no setting " + name + " in " + report);
    }

    private List<CSVRecord> csv(String user) {
        HttpResponse<byte[]> r = api.download(user, path(".csv"));
        assertThat(r.statusCode()).isEqualTo(200);
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build();
        try (CSVParser parser = CSVParser.parse(new StringReader(new String(r.body(), StandardCharsets.UTF_8)), format)) {
            assertThat(parser.getHeaderNames()).containsExactly("quarter", "setting_id", "setting", "group", "measure",
                    "this_quarter", "previous_quarter");
            return parser.getRecords();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String cell(List<CSVRecord> rows, String setting, String group, String measure) {
        return rows.stream().filter(r -> r.get("setting").equals(setting) && r.get("group").equals(group)
                        && r.get("measure").equals(measure)).map(r -> r.get("this_quarter")).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + setting + " / " + group + " / " + measure));
    }

    private String pdfText(String user) throws IOException {
        HttpResponse<byte[]> r = api.download(user, path(".pdf"));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/pdf");
        assertThat(r.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment;");
        try (PDDocument doc = Loader.loadPDF(r.body())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static List<String> fields(Reply reply) {
        JsonNode problem = assertProblem(reply, 400);
        return problem.path("errors").findValuesAsText("field");
    }
}
