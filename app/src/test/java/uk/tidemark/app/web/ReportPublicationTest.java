package uk.tidemark.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import uk.tidemark.app.audit.CanonicalJson;
import uk.tidemark.app.fixture.ApiClient;
import uk.tidemark.app.fixture.ApiClient.Reply;
import uk.tidemark.app.fixture.AuditFixture;
import uk.tidemark.app.fixture.CaseFixture;
import uk.tidemark.app.fixture.RunningApp;
import uk.tidemark.kernel.report.Quarter;
import uk.tidemark.kernel.report.QuarterlyReportPublished;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.app.fixture.ApiClient.JSON;
import static uk.tidemark.app.fixture.ApiClient.assertProblem;
import static uk.tidemark.app.fixture.CaseFixture.caseBody;
import static uk.tidemark.app.fixture.TestAccounts.*;

/**
 * The published, signed snapshot of a quarter's report (issue 17) over HTTP and in a real Chromium. The last quarter
 * has ended, so it can be published; six cyberbullying cases of setting A are logged in it (the aggregates' clock
 * moved back for them, {@link TestClock}), their first responses missed. Publishing freezes the report: correcting
 * one of those cases changes today's figures and not the published ones.
 */
@RunningApp
@TestPropertySource(properties = "db-scheduler.polling-interval=200ms")
class ReportPublicationTest {

    private static final String PATH = "/api/reports/quarterly/publications";

    private static Quarter last;
    private static List<String> lastQuartersCases;

    @Autowired
    ApiClient api;
    @Autowired
    CaseFixture cases;
    @Autowired
    AuditFixture audit;
    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    @BeforeEach
    void sixCasesInTheLastQuarter() {
        if (lastQuartersCases != null) {
            return;
        }
        last = Quarter.containing(Instant.now()).previous();
        Instant then = last.start().plus(Duration.ofDays(40)).plus(Duration.ofHours(10));
        List<String> ids = new ArrayList<>();
        try {
            TestClock.pretend(then);
            for (int i = 0; i < 6; i++) {
                Map<String, Object> body = new LinkedHashMap<>(caseBody());
                body.put("occurredAt", then.minus(Duration.ofHours(3)).truncatedTo(ChronoUnit.SECONDS).toString());
                ids.add(cases.logCase(DSL_A, body));
            }
        } finally {
            TestClock.reset();
        }
        // their first responses fell due long ago: the scheduler marks them missed at once
        for (String id : ids) {
            cases.awaitDeadline(DSL_A, id, "FIRST_RESPONSE", "MISSED", Duration.ofSeconds(20));
        }
        lastQuartersCases = ids;
    }

    @Test
    void aPublishedQuartersFiguresStayTheSameAfterACaseOfThatQuarterIsCorrectedTheUnpublishedViewChanges()
            throws IOException {
        String today = "/api/reports/quarterly?year=" + last.year() + "&quarter=" + last.quarter();
        JsonNode before = api.get(TRUSTEE, today).json();
        assertThat(category(before, "CYBERBULLYING")).isEqualTo("6");
        assertThat(before.path("allSettings").path("current").path("cases").path("count").asInt()).isEqualTo(6);

        Reply published = publish(DSL_AB, "Six reports of online bullying, all about one group chat.");
        assertThat(published.status()).as("%s", published).isEqualTo(201);
        String id = published.json().path("id").asText();
        int version = published.json().path("version").asInt();
        assertThat(version).isPositive();
        assertThat(published.json().path("sha256").asText()).matches("[0-9a-f]{64}");
        assertThat(Instant.parse(published.json().path("publishedAt").asText())).isBefore(Instant.now());
        assertThat(published.header("Location")).endsWith(PATH + "/" + id);

        String frozen = api.get(TRUSTEE, PATH + "/" + id).raw().body();
        JsonNode report = JSON.readTree(frozen);
        assertThat(category(report, "CYBERBULLYING")).isEqualTo("6");
        assertThat(report.path("year").asInt()).isEqualTo(last.year());
        assertThat(report.path("quarter").asInt()).isEqualTo(last.quarter());
        assertThat(report.path("version").asInt()).isEqualTo(version);
        assertThat(report.path("publishedBy").asText()).isEqualTo("Both Dee");
        assertThat(report.path("generatedAt").asText()).isEqualTo(report.path("publishedAt").asText());
        assertThat(report.path("settings").findValuesAsText("name")).containsExactly("Alder School", "Birch School");
        byte[] csv = api.download(DSL_AB, PATH + "/" + id + ".csv").body();
        String pdf = pdfText(DSL_AB, PATH + "/" + id + ".pdf");
        assertThat(pdf).contains("Cyberbullying");

        // a case of that quarter was recorded under the wrong category
        Reply corrected = api.post(DSL_A, "/api/incidents/" + lastQuartersCases.get(0) + "/category",
                Map.of("category", "DEFAMATION", "reason", "Recorded under the wrong category"));
        assertThat(corrected.status()).as("%s", corrected).isEqualTo(204);

        // today's figures change: 5 and 1 now, so the 5 is withheld (5 + fewer than 5 = 6 would give the 1 away)
        JsonNode after = cases.awaitGet(TRUSTEE, today, r -> !category(r.json(), "CYBERBULLYING").equals("6"),
                "today's figures, corrected");
        assertThat(category(after, "CYBERBULLYING")).isEqualTo("withheld");
        assertThat(category(after, "DEFAMATION")).isEqualTo("fewer than 5");
        // the published ones do not, in any format
        assertThat(api.get(TRUSTEE, PATH + "/" + id).raw().body()).isEqualTo(frozen);
        assertThat(api.download(DSL_AB, PATH + "/" + id + ".csv").body()).isEqualTo(csv);
        assertThat(pdfText(DSL_AB, PATH + "/" + id + ".pdf")).isEqualTo(pdf);
        assertThat(new String(csv, StandardCharsets.UTF_8)).isNotEqualTo(new String(api.download(DSL_AB,
                "/api/reports/quarterly.csv?year=" + last.year() + "&quarter=" + last.quarter()).body(),
                StandardCharsets.UTF_8));

        // the trustee's page shows the published version, and today's figures on request
        Browser browser = new Browser("http://localhost:" + port);
        assertThat(Browser.location(browser.signIn(TRUSTEE, PASSWORD))).isEqualTo("/");
        String page = browser.get("/reports/quarterly?year=" + last.year() + "&quarter=" + last.quarter()).body();
        assertThat(page).contains("Published by Both Dee on ").contains(", version ")
                .contains(PATH + "/" + id + ".pdf").doesNotContain("Publish this quarter");
        String todays = browser.get("/reports/quarterly?year=" + last.year() + "&quarter=" + last.quarter()
                + "&figures=today").body();
        assertThat(todays.replaceAll("\\s+", " ")).contains("These are today's figures; they change as cases move on.")
                .contains("see the published report").doesNotContain(PATH + "/" + id + ".pdf");
    }

    @Test
    void theNarrativeIsKeptAsWrittenAndShownAsTextNeverAsHtml() {
        String written = "Two referrals this quarter.\r\n\r\n\t<script>alert('x')</script> & <b>not bold</b>\r\n";
        Reply published = publish(DSL_AB, written);
        assertThat(published.status()).as("%s", published).isEqualTo(201);
        JsonNode report = api.get(TRUSTEE, PATH + "/" + published.json().path("id").asText()).json();
        assertThat(report.path("narrative").asText())
                .isEqualTo("Two referrals this quarter.\n\n\t<script>alert('x')</script> & <b>not bold</b>");

        // the check before publishing shows it as text, line breaks and all
        Browser browser = new Browser("http://localhost:" + port);
        assertThat(Browser.location(browser.signIn(DSL_AB, PASSWORD))).isEqualTo("/");
        HttpResponse<String> check = browser.submit("/reports/quarterly/publish", "/reports/quarterly/publish",
                Map.of("year", String.valueOf(last.year()), "quarter", String.valueOf(last.quarter()),
                        "narrative", written, "action", "check"));
        assertThat(check.statusCode()).isEqualTo(200);
        assertThat(check.body()).contains("Check the report before you publish")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;b&gt;not bold&lt;/b&gt;")
                .doesNotContain("<script>alert", "<b>not bold</b>")
                .contains("Two referrals this quarter.\n\n\t&lt;script&gt;");
    }

    @Test
    void theAuditTrailRecordsWhoPublishedAndEveryReadAndDownloadOfAPublication() {
        Reply published = publish(HEAD_A, "Alder School's quarter: six reports, no referrals.");
        assertThat(published.status()).as("%s", published).isEqualTo(201);
        String id = published.json().path("id").asText();
        int version = published.json().path("version").asInt();

        Map<String, Object> event = audit.awaitAudit(1, "kind = 'EVENT' AND what = 'QuarterlyReportPublished' "
                + "AND details LIKE ?", "%" + id + "%").get(0);
        assertThat(event.get("ACTOR")).isEqualTo(HEAD_A);
        JsonNode details = AuditFixture.details(event);
        assertThat(details.path("publication").asText()).isEqualTo(id);
        assertThat(details.path("version").asInt()).isEqualTo(version);
        assertThat(details.path("year").asInt()).isEqualTo(last.year());
        assertThat(details.path("quarter").asInt()).isEqualTo(last.quarter());

        assertThat(api.download(TRUSTEE, PATH + "/" + id + ".pdf").statusCode()).isEqualTo(200);
        assertThat(api.download(DSL_A, PATH + "/" + id + ".csv").statusCode()).isEqualTo(200);
        assertThat(api.get(DEPUTY_A, PATH + "/" + id).status()).isEqualTo(200);
        assertProblem(api.get(DSL_B, PATH + "/" + id), 404); // not theirs: no read

        List<Map<String, Object>> reads = audit.auditRows("kind = 'READ' AND details LIKE ?", "%" + id + "%");
        assertThat(reads).extracting(r -> r.get("ACTOR") + " " + AuditFixture.details(r).path("format").asText()
                        + " v" + AuditFixture.details(r).path("version").asInt())
                .containsExactly(TRUSTEE + " PDF v" + version, DSL_A + " CSV v" + version,
                        DEPUTY_A + " JSON v" + version);
    }

    @Test
    void badInputIsA400NamingTheFieldsAndPublishesNothing() {
        long before = publishedEvents();
        Quarter now = Quarter.containing(Instant.now());

        assertThat(fields(api.post(DSL_AB, PATH, Map.of()))).containsExactly("narrative", "quarter", "year");
        assertThat(fields(api.post(DSL_AB, PATH, Map.of("year", 1999, "quarter", 5, "narrative", " "))))
                .containsExactly("narrative", "quarter", "year");
        JsonNode notEnded = assertProblem(api.post(DSL_AB, PATH, Map.of("year", now.year(), "quarter",
                now.quarter(), "narrative", "Too soon")), 400);
        assertThat(notEnded.path("errors").findValuesAsText("field")).containsExactly("quarter");
        assertThat(notEnded.path("errors").findValuesAsText("detail")).containsExactly(
                "has not ended yet: a quarter's report is published once the quarter has ended.");
        assertThat(fields(api.post(DSL_AB, PATH, Map.of("year", now.year() + 1, "quarter", 1, "narrative", "x"))))
                .containsExactly("year");
        assertThat(fields(api.post(DSL_AB, PATH, valid("x".repeat(2001))))).containsExactly("narrative");
        assertThat(fields(api.post(DSL_AB, PATH, valid("a\u0000b")))).containsExactly("narrative");
        assertThat(fields(api.post(DSL_AB, PATH, Map.of("year", "soon", "quarter", last.quarter(),
                "narrative", "x")))).containsExactly("year");
        assertThat(fields(api.post(DSL_AB, PATH, Map.of("year", last.year(), "quarter", last.quarter(),
                "narrative", "x", "version", 9)))).containsExactly("version");
        // the pages refuse alike, and publish nothing either
        Browser browser = new Browser("http://localhost:" + port);
        assertThat(Browser.location(browser.signIn(DSL_AB, PASSWORD))).isEqualTo("/");
        HttpResponse<String> empty = browser.submit("/reports/quarterly/publish", "/reports/quarterly/publish",
                Map.of("year", String.valueOf(last.year()), "quarter", String.valueOf(last.quarter()),
                        "narrative", " ", "action", "check"));
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("govuk-error-summary", "Narrative for the board is required.");
        HttpResponse<String> unticked = browser.submit("/reports/quarterly/publish", "/reports/quarterly/publish",
                Map.of("year", String.valueOf(last.year()), "quarter", String.valueOf(last.quarter()),
                        "narrative", "Fine words", "action", "publish"));
        assertThat(unticked.statusCode()).isEqualTo(400);
        assertThat(unticked.body()).contains("Confirm that you have checked the narrative names no child or member "
                + "of staff.");
        assertThat(browser.get("/reports/quarterly/publish?year=" + now.year() + "&quarter=" + now.quarter())
                .statusCode()).isEqualTo(400);

        assertThat(publishedEvents()).isEqualTo(before);
    }

    @Test
    void onlyDslsAndHeadsPublishTrusteesReadAndStaffHrAndAdministratorsAreRefused() {
        Reply published = publish(DSL_AB, "For the board.");
        assertThat(published.status()).isEqualTo(201);
        String id = published.json().path("id").asText();
        long before = publishedEvents();
        for (String user : List.of(STAFF_A, HR, ADMIN)) {
            assertProblem(api.post(user, PATH, valid("For the board.")), 403);
            assertProblem(api.get(user, PATH), 403);
            assertProblem(api.get(user, PATH + "/" + id), 403);
            assertProblem(api.get(user, PATH + "/" + id + ".pdf"), 403);
        }
        for (String user : List.of(TRUSTEE, DEPUTY_A)) {
            assertProblem(api.post(user, PATH, valid("For the board.")), 403);
        }
        assertProblem(api.post(null, PATH, valid("For the board.")), 401);
        assertThat(publishedEvents()).isEqualTo(before);

        assertThat(api.get(TRUSTEE, PATH + "/" + id).status()).isEqualTo(200);
        assertThat(api.get(TRUSTEE, PATH).json().findValuesAsText("id")).contains(id);
        Browser trustee = new Browser("http://localhost:" + port);
        trustee.signIn(TRUSTEE, PASSWORD);
        assertThat(trustee.get("/reports/quarterly/publish").statusCode()).isEqualTo(403);
        // the trustee's home page leads to the report the board was last given, and says who published it
        assertThat(trustee.get("/").body()).contains("The report for " + last.label(), "published by Both Dee on ",
                "/reports/quarterly?year=" + last.year() + "&amp;quarter=" + last.quarter());
    }

    @Test
    void aCorrectionIsTheNextVersionEarlierOnesStayAndEachReaderSeesOnlyWhatIsWhollyTheirs() {
        Reply first = publish(DSL_AB, "First words.");
        Reply second = publish(DSL_AB, "Second words, corrected.");
        String v1 = first.json().path("id").asText();
        String v2 = second.json().path("id").asText();
        assertThat(second.json().path("version").asInt()).isEqualTo(first.json().path("version").asInt() + 1);

        JsonNode list = api.get(TRUSTEE, PATH).json();
        JsonNode older = item(list, v1);
        JsonNode newer = item(list, v2);
        assertThat(older.path("superseded").asBoolean()).isTrue();
        assertThat(newer.path("superseded").asBoolean()).isFalse();
        assertThat(newer.path("publishedBy").asText()).isEqualTo("Both Dee");
        assertThat(newer.path("label").asText()).isEqualTo(last.label());
        assertThat(newer.path("sha256").asText()).isEqualTo(second.json().path("sha256").asText());
        assertThat(api.get(TRUSTEE, PATH + "/" + v1).json().path("narrative").asText()).isEqualTo("First words.");

        // the trust-wide report is not a one-setting reader's, even though one of its settings is theirs
        for (String user : List.of(DSL_B, HEAD_A, DSL_A)) {
            assertThat(api.get(user, PATH).json().findValuesAsText("id")).as(user).doesNotContain(v1, v2);
            assertProblem(api.get(user, PATH + "/" + v2), 404);
            assertProblem(api.get(user, PATH + "/" + v2 + ".csv"), 404);
        }
        assertProblem(api.get(TRUSTEE, PATH + "/no-such-publication"), 404);
        assertThat(api.get(DSL_AB, PATH + "/" + v2).status()).isEqualTo(200);
    }

    /** Decision 0014's recipe, from the stored event: anyone with the event store can check what was published. */
    @Test
    void theSha256IsOfTheCanonicalJsonOfWhatTheEventFroze() throws Exception {
        Reply published = publish(DSL_AB, "Sealed words: 80% of first responses met.\nŵ ŷ 😀");
        String id = published.json().path("id").asText();
        JsonNode event = null;
        for (byte[] payload : jdbc.queryForList("SELECT payload FROM DomainEventEntry WHERE payloadType = ?",
                byte[].class, QuarterlyReportPublished.class.getName())) {
            JsonNode candidate = JSON.readTree(payload);
            if (candidate.path("publicationId").asText().equals(id)) {
                event = candidate;
            }
        }
        assertThat(event).as("the stored event of %s", id).isNotNull();
        Map<String, Object> content = new LinkedHashMap<>();
        for (String field : List.of("publicationId", "quarter", "trustName", "settings", "report", "narrative")) {
            content.put(field, wholeNumbers(JSON.convertValue(event.path(field), Object.class)));
        }
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(CanonicalJson.write(content).getBytes(StandardCharsets.UTF_8)));
        assertThat(sha256).isEqualTo(event.path("sha256").asText()).isEqualTo(published.json().path("sha256").asText());
        assertThat(event.path("publishedBy").asText()).isEqualTo(DSL_AB);
    }

    /**
     * The flow a headteacher follows, at a laptop's width and a phone's: from the report page to the narrative, its
     * problem, the check, the box left unticked, then published and back on the report showing the published version.
     */
    @Test
    void aHeadteacherPublishesThroughThePagesOnALaptopAndAPhone() {
        String report = "/reports/quarterly?year=" + last.year() + "&quarter=" + last.quarter();
        try (Chromium chromium = new Chromium("http://localhost:" + port, "report-publication")) {
            chromium.viewport(Chromium.LAPTOP);
            chromium.signIn(HEAD_A, PASSWORD);
            chromium.open(report);
            String button = chromium.text().contains("Publish a correction") ? "Publish a correction"
                    : "Publish this quarter's report";
            chromium.check("report-before");
            chromium.follow(button);
            assertThat(chromium.path()).isEqualTo("/reports/quarterly/publish");
            assertThat(chromium.heading()).contains("Publish the quarterly report", last.label());
            chromium.check("narrative");

            chromium.field("Narrative for the board").clear();
            chromium.press("Continue");
            assertThat(chromium.text()).contains("There is a problem", "Narrative for the board is required.");
            chromium.check("narrative-problem");

            String written = "Six reports of online bullying, one group chat.\n<b>Not bold</b> & kept as typed.";
            chromium.type("Narrative for the board", written);
            chromium.press("Continue");
            assertThat(chromium.heading()).contains("Check the report before you publish");
            assertThat(chromium.driver().findElement(By.id("narrative")).getText()).isEqualTo(written);
            assertThat(chromium.text()).contains("Alder School", "Cases logged");
            chromium.check("check");

            chromium.press("Publish the report");
            assertThat(chromium.text()).contains("There is a problem",
                    "Confirm that you have checked the narrative names no child or member of staff.");
            chromium.check("check-unticked");

            chromium.tick("I have checked the narrative: it names no child or member of staff");
            chromium.press("Publish the report");
            assertThat(chromium.path()).isEqualTo("/reports/quarterly");
            assertThat(chromium.text()).contains("The report for " + last.label() + " is published: version ",
                    "Published by Hed Teach on ").doesNotContain("Not yet published");
            chromium.check("published");

            chromium.viewport(Chromium.PHONE);
            chromium.open("/reports/quarterly/publish?year=" + last.year() + "&quarter=" + last.quarter());
            assertThat(chromium.field("Narrative for the board").getAttribute("value")).isEqualTo(written);
            assertNoSidewaysScroll(chromium);
            chromium.check("narrative-phone");
            chromium.press("Continue");
            assertThat(chromium.heading()).contains("Check the report before you publish");
            assertNoSidewaysScroll(chromium);
            chromium.check("check-phone");
            chromium.press("Change the narrative");
            assertThat(chromium.heading()).contains("Publish the quarterly report");
            assertThat(chromium.field("Narrative for the board").getAttribute("value")).isEqualTo(written);
            chromium.open(report); // its width on a phone is the report page's own (issue 17, item 6)
            chromium.check("published-phone");
        }
    }

    // ---- helpers ----

    private Reply publish(String user, String narrative) {
        return api.post(user, PATH, valid(narrative));
    }

    private static Map<String, Object> valid(String narrative) {
        return Map.of("year", last.year(), "quarter", last.quarter(), "narrative", narrative);
    }

    private static String category(JsonNode report, String category) {
        return report.path("allSettings").path("current").path("byCategory").path(category).path("display").asText();
    }

    private static JsonNode item(JsonNode list, String id) {
        for (JsonNode item : list) {
            if (item.path("id").asText().equals(id)) {
                return item;
            }
        }
        throw new AssertionError("no publication " + id + " in " + list);
    }

    private long publishedEvents() {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM DomainEventEntry WHERE payloadType = ?", Long.class,
                QuarterlyReportPublished.class.getName());
        return n == null ? 0 : n;
    }

    private String pdfText(String user, String path) throws IOException {
        HttpResponse<byte[]> r = api.download(user, path);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/pdf");
        assertThat(r.headers().firstValue("Content-Disposition").orElse("")).contains("-published-v");
        try (PDDocument doc = Loader.loadPDF(r.body())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static List<String> fields(Reply reply) {
        return assertProblem(reply, 400).path("errors").findValuesAsText("field");
    }

    /** The event's numbers as the canonical form writes them: a whole-number double as an integer. */
    private static Object wholeNumbers(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), wholeNumbers(v)));
            return copy;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(ReportPublicationTest::wholeNumbers).toList();
        }
        if (value instanceof Double d) {
            assertThat(d).isEqualTo(Math.rint(d));
            return d.longValue();
        }
        return value;
    }

    private static void assertNoSidewaysScroll(Chromium chromium) {
        Object widths = chromium.driver().executeScript(
                "return [document.documentElement.scrollWidth, document.documentElement.clientWidth];");
        List<?> both = (List<?>) widths;
        assertThat(((Number) both.get(0)).longValue()).as("scroll width on %s", chromium.path())
                .isLessThanOrEqualTo(((Number) both.get(1)).longValue());
    }
}
