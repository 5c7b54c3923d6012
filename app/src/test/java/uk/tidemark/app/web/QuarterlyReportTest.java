package uk.tidemark.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import com.github.kagkarlsson.scheduler.Scheduler;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import uk.tidemark.app.fixture.ApiClient;
import uk.tidemark.app.fixture.ApiClient.Reply;
import uk.tidemark.app.fixture.CaseFixture;
import uk.tidemark.app.fixture.RunningApp;
import uk.tidemark.kernel.report.Quarter;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.app.fixture.ApiClient.assertProblem;
import static uk.tidemark.app.fixture.CaseFixture.caseBody;
import static uk.tidemark.app.fixture.TestAccounts.*;

/**
 * The trustees' quarterly report over HTTP, in JSON, CSV and PDF (issue 17, decision 0014). This quarter, setting A (Alder School) has 3
 * defamation cases (fewer than 5) and 6 cyberbullying cases, all 6 triaged (first response met) and 5 of them
 * escalated to the police; setting B has none. The quarter is the current one, because the events carry the time
 * they are sent.
 */
@RunningApp
@TestPropertySource(properties = "db-scheduler.polling-interval=200ms")
class QuarterlyReportTest {

    private static boolean seeded;
    private static Quarter quarter;

    @Autowired
    ApiClient api;
    @Autowired
    CaseFixture cases;
    @Autowired
    Scheduler scheduler;
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
        assertThat(json.json().path("trust").asText()).isEqualTo("Test Trust");
        JsonNode alder = setting(json.json(), "Alder School");
        JsonNode defamation = alder.path("current").path("byCategory").path("DEFAMATION");
        assertThat(defamation.path("display").asText()).isEqualTo("fewer than 5");
        assertThat(defamation.path("count").isNull()).isTrue();
        assertThat(defamation.path("status").asText()).isEqualTo("FEWER_THAN_5");
        // 9 - 6 would give the 3 away, so the 6 is withheld as well
        assertThat(alder.path("current").path("byCategory").path("CYBERBULLYING").path("display").asText())
                .isEqualTo("withheld");
        assertThat(alder.path("current").path("cases").path("count").asInt()).isEqualTo(9);
        // all still open (and, if the last-quarter test ran first, its eight cases too)
        assertThat(json.json().path("allSettings").path("current").path("openAtQuarterEnd").path("count").asInt())
                .isIn(9, 17);
        assertThat(json.json().path("trend")).hasSize(8);
        assertThat(json.json().path("trend").get(7).path("cases").path("count").asInt()).isEqualTo(9);
        assertThat(json.json().path("compliance").path("FIRST_RESPONSE").path("shareMet").path("display").asText())
                .isEqualTo("100%");
        assertThat(json.raw().body()).doesNotContainPattern("\"count\":[1-4][,}]")
                .doesNotContain("Comments about", "Pupil One", "Account Holder", "dsl-a");

        // CSV, parsed back
        List<CSVRecord> rows = csv(TRUSTEE);
        CSVRecord defamationRow = row(rows, quarter, "Alder School", "Cases by category", "Defamation");
        assertThat(defamationRow.get("value")).isEmpty();
        assertThat(defamationRow.get("suppressed")).isEqualTo("true");
        assertThat(defamationRow.get("shown_as")).isEqualTo("fewer than 5");
        assertThat(row(rows, quarter, "Alder School", "Cases by category", "Cyberbullying").get("shown_as"))
                .isEqualTo("withheld");
        assertThat(row(rows, quarter, "Alder School", "Summary", "Cases logged").get("value")).isEqualTo("9");

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
        assertThat(page.body()).contains("govuk-table", "govuk-summary-list", "<svg", "Download the PDF", "Test Trust")
                .doesNotContain("Comments about", "Pupil One");
        assertThat(Pattern.compile("Defamation</th>\\s*<td[^>]*>fewer than 5</td>").matcher(page.body()).find())
                .as(page.body()).isTrue();
        assertThat(browser.get("/reports/quarterly?year=abc&quarter=9").statusCode()).isEqualTo(400);
    }

    @Test
    void theSummaryGivesTheHeadlineFiguresInWords() throws IOException {
        JsonNode all = api.get(TRUSTEE, path("")).json().path("allSettings").path("current");
        String median = all.path("medianFirstResponse").path("display").asText();
        assertThat(median).matches("under a minute|\\d+ minutes?|\\d+ hours?( \\d+ minutes?)?");
        assertThat(all.path("policeEscalations").path("count").asInt()).isEqualTo(5);

        String pdf = pdfText(TRUSTEE);

        assertThat(pdf).contains("Quarterly report: " + quarter.label(), "Test Trust");
        assertThat(Pattern.compile("Cases logged\\s+9\\s").matcher(pdf).find()).as(pdf).isTrue();
        assertThat(Pattern.compile(spaced("Referred to the police") + "\\s+5\\s").matcher(pdf).find()).as(pdf).isTrue();
        assertThat(Pattern.compile("Median\\s+time\\s+to\\s+first\\s+response\\s+" + median).matcher(pdf).find()).as(pdf).isTrue();
        assertThat(Pattern.compile(spaced("First response within the deadline") + "\\s+100%").matcher(pdf).find()).as(pdf).isTrue();
        assertThat(pdf).contains("Cases by category, " + quarter.shortLabel());
    }

    @Test
    void thePdfIsABoardPackOfA4PagesEachNamingTheTrustTheQuarterAndItsPage() {
        // a Welsh school's name prints: the font is embedded, not the PDF's Latin-1 base fonts
        String welsh = "Ysgol Gynradd Pen-y-ŵyn a Llanfair-ŷd";
        assertThat(api.post(ADMIN, "/api/admin/settings", Map.of("name", welsh, "trustId", "trust-1")).status())
                .isEqualTo(201);
        HttpResponse<byte[]> r = api.download(TRUSTEE, path(".pdf"));
        assertThat(r.statusCode()).isEqualTo(200);
        PdfReadBack pdf = PdfReadBack.of(r.body());
        saveForPeople(r.body());

        int pages = pdf.pageCount();
        assertThat(pages).isBetween(3, 10);
        for (int page = 1; page <= pages; page++) {
            assertThat(pdf.isA4Portrait(page)).as("page %d is A4 portrait", page).isTrue();
            String text = pdf.text(page);
            assertThat(text).as("page %d", page).contains("Test Trust", quarter.label(),
                    "page " + page + " of " + pages);
            String body = text.replace("Test Trust · Quarterly report, " + quarter.label(), "")
                    .replace("page " + page + " of " + pages, "").strip();
            assertThat(body).as("page %d has more than its head and foot", page).isNotEmpty();
            pdf.assertNothingOverprinted(page);
        }
        // the summary is page 1; the charts are whole, each on one page, their labels real text
        assertThat(pdf.text(1)).contains("Summary", "Deadlines met", "Cases logged");
        assertThat(pdf.pagesWith("Cyberbullying")).isNotEmpty();
        assertThat(pdf.text().replaceAll("\\s+", " ")).contains(welsh);
        assertThat(pdf.allFontsEmbedded()).isTrue();
        assertThat(pdf.pdfUaPart()).isEqualTo(1);
        assertThat(pdf.isTagged()).isTrue();
        assertThat(pdf.title()).isEqualTo("Test Trust: quarterly report, " + quarter.label());
        assertThat(pdf.language()).isEqualTo("en-GB");
        assertThat(pdf.figureAlternatives()).hasSize(3);
    }

    @Test
    void theCsvHasOneRowPerFigureWithNumbersOnlyInItsValueColumn() {
        HttpResponse<byte[]> r = api.download(TRUSTEE, path(".csv"));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv")
                .containsIgnoringCase("charset=UTF-8");
        assertThat(r.headers().firstValue("Content-Disposition").orElse(""))
                .isEqualTo("attachment; filename=\"tidemark-quarterly-report-" + quarter.year() + "-Q"
                        + quarter.quarter() + ".csv\"");
        String text = new String(r.body(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("quarter,setting_id,setting,group,measure,unit,value,suppressed,shown_as,basis\r\n");

        List<CSVRecord> rows = csv(TRUSTEE);
        assertThat(rows).allSatisfy(row -> {
            String value = row.get("value");
            assertThat(value).as("%s", row).matches("|\\d+|\\d+\\.\\d\\d");
            assertThat(value).as("no small number in %s", row).doesNotMatch("[1-4]");
            assertThat(row.get("suppressed")).as("%s", row).isEqualTo(value.isEmpty() ? "true" : "false");
            assertThat(row.get("unit")).isIn("count", "proportion", "hours");
            if (row.get("unit").equals("count") && !value.isEmpty()) {
                assertThat(Integer.parseInt(value)).as("%s", row).matches(n -> n == 0 || n >= 5);
            }
        });
        // the three quarters of the report for each setting and all of them, and the trend's other five quarters
        assertThat(rows.stream().map(row -> row.get("quarter")).distinct()).hasSize(8);
        assertThat(row(rows, quarter, "Birch School", "Summary", "Cases logged").get("value")).isEqualTo("0");
        assertThat(row(rows, quarter, "All settings", "Summary", "Referred to the police").get("value")).isEqualTo("5");
        CSVRecord share = row(rows, quarter, "All settings", "Deadlines met", "First response within the deadline");
        assertThat(share.get("value")).isEqualTo("1.00");
        assertThat(share.get("unit")).isEqualTo("proportion");
        assertThat(share.get("basis")).isEqualTo("quarter");
        assertThat(row(rows, quarter, "Alder School", "Summary", "Cases logged").get("setting_id")).isEqualTo(SETTING_A);
    }

    @Test
    void missedDeadlinesInOneSchoolShowInTheTrustsShareWithoutShowingTheirNumber() {
        // last quarter: Alder answered 5 reports in time; Birch missed the first response of 3
        Quarter last = quarter.previous();
        Instant then = last.start().plus(Duration.ofDays(10));
        // their deadlines fall due in the real past: the scheduler waits until Alder's five have been answered
        scheduler.pause();
        TestClock.pretend(then);
        try {
            for (int i = 0; i < 5; i++) {
                String id = cases.logCase(DSL_A, happenedBefore(then));
                cases.awaitVersion(DSL_A, id, 0);
                assertThat(api.post(DSL_A, "/api/incidents/" + id + "/triage", Map.of("severity", "LOW",
                        "reason", "Seen")).status()).isEqualTo(204);
                cases.awaitDeadline(DSL_A, id, "FIRST_RESPONSE", "MET");
            }
            List<String> missed = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                missed.add(cases.logCase(DSL_B, happenedBefore(then)));
            }
            TestClock.reset();
            scheduler.resume();
            for (String id : missed) {
                cases.awaitDeadline(DSL_B, id, "FIRST_RESPONSE", "MISSED", Duration.ofSeconds(30));
            }
        } finally {
            TestClock.reset();
            scheduler.resume();
        }

        String lastQuarter = "/api/reports/quarterly?year=" + last.year() + "&quarter=" + last.quarter();
        JsonNode trust = api.get(TRUSTEE, lastQuarter).json();
        assertThat(trust.path("compliance").path("FIRST_RESPONSE").path("shareMet").path("display").asText())
                .isEqualTo("63%");
        assertThat(trust.path("compliance").path("FIRST_RESPONSE").path("basis").asText()).isEqualTo("QUARTER");
        assertThat(setting(trust, "Birch School").path("current").path("cases").path("display").asText())
                .isEqualTo("fewer than 5");
        // the DSL of Birch alone: 3 deadlines, too few to give a share
        JsonNode birch = api.get(DSL_B, lastQuarter).json();
        assertThat(birch.path("compliance").path("FIRST_RESPONSE").path("shareMet").path("display").asText())
                .isEqualTo("fewer than 5 cases");
        // this quarter's report shows last quarter's share in its trend, as a proportion in the CSV
        List<CSVRecord> rows = csv(TRUSTEE);
        assertThat(row(rows, last, "All settings", "Deadlines met, each quarter alone",
                "First response within the deadline").get("value")).isEqualTo("0.63");
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
                    "unit", "value", "suppressed", "shown_as", "basis");
            return parser.getRecords();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** A copy of the board pack to look at, beside the screenshots. */
    private static void saveForPeople(byte[] pdf) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "pdf"));
            Files.write(dir.resolve("quarterly-report.pdf"), pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The words as a pattern that allows a line break (a narrow PDF cell) wherever a space is. */
    private static String spaced(String words) {
        return String.join("\\s+", words.split(" "));
    }

    private static CSVRecord row(List<CSVRecord> rows, Quarter q, String setting, String group, String measure) {
        String label = q.year() + " Q" + q.quarter();
        return rows.stream().filter(r -> r.get("quarter").equals(label) && r.get("setting").equals(setting)
                        && r.get("group").equals(group) && r.get("measure").equals(measure)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + label + " / " + setting + " / " + group + " / "
                        + measure));
    }

    private static Map<String, Object> happenedBefore(Instant then) {
        Map<String, Object> body = new LinkedHashMap<>(caseBody());
        body.put("occurredAt", then.minus(Duration.ofHours(3)).toString());
        return body;
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
