package uk.tidemark.app.access;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import uk.tidemark.app.fixture.ApiClient;
import uk.tidemark.app.fixture.ApiClient.Reply;
import uk.tidemark.app.fixture.CaseFixture;
import uk.tidemark.app.fixture.RunningApp;
import uk.tidemark.command.deadline.WorkingCalendar;
import uk.tidemark.app.web.TestClock;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.app.fixture.ApiClient.assertProblem;
import static uk.tidemark.app.fixture.CaseFixture.caseBody;
import static uk.tidemark.app.fixture.TestAccounts.*;

/**
 * Who reaches HR cases, complaints and deadlines. HR detail is for HR and the headteacher of the case's setting;
 * complaints for the case workers of theirs; a deadline for whoever may work on its case. Out of scope answers the
 * same 404 as an unknown id; a role with no business there gets 403. Missed deadlines reach the home page.
 */
@RunningApp
@TestPropertySource(properties = "db-scheduler.polling-interval=200ms")
class HrAndComplaintAccessTest {

    @Autowired
    ApiClient api;
    @Autowired
    CaseFixture cases;
    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    WorkingCalendar calendar;

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    @Test
    void disciplinaryCasesAreHrsAndTheSettingsHeadteachersOnly() {
        // HR is trust-wide, so names the setting; a setting it does not have is a 400 that changes nothing
        long events = cases.storedEventCount();
        JsonNode bad = assertProblem(api.post(HR, "/api/disciplinary-cases", openBody("no-such-setting")), 400);
        assertThat(bad.toString()).contains("settingId");
        assertThat(cases.storedEventCount()).isEqualTo(events);
        String inB = created(api.post(HR, "/api/disciplinary-cases", openBody(SETTING_B)));
        String inA = created(api.post(HR, "/api/disciplinary-cases", openBody(SETTING_A)));

        cases.awaitGet(HR, "/api/disciplinary-cases/" + inB, r -> r.status() == 200, "HR's case in B");
        cases.awaitGet(HEAD_A, "/api/disciplinary-cases/" + inA, r -> r.status() == 200, "the head's case in A");
        // the head of A: B's case is as unknown as an id that never existed, for reads and actions alike
        JsonNode hidden = assertProblem(api.get(HEAD_A, "/api/disciplinary-cases/" + inB), 404);
        JsonNode unknown = assertProblem(api.get(HEAD_A, "/api/disciplinary-cases/no-such-case"), 404);
        assertThat(hidden.path("detail")).isEqualTo(unknown.path("detail"));
        assertProblem(api.post(HEAD_A, "/api/disciplinary-cases/" + inB + "/investigator",
                Map.of("investigator", "Someone")), 404);
        assertThat(api.get(HEAD_A, "/api/disciplinary-cases").raw().body()).contains(inA).doesNotContain(inB);
        assertThat(api.get(HEAD_A, "/api/hr-register").raw().body()).contains(inA).doesNotContain(inB);
        // an incident id is not a disciplinary case
        String incident = cases.logCase(DSL_A, caseBody());
        assertProblem(api.get(HR, "/api/disciplinary-cases/" + incident), 404);
        // no other role reaches HR cases at all
        for (String user : List.of(DSL_A, DEPUTY_A, STAFF_A, TRUSTEE, ADMIN)) {
            assertProblem(api.get(user, "/api/disciplinary-cases/" + inA), 403);
            assertProblem(api.get(user, "/api/hr-register"), 403);
            assertProblem(api.post(user, "/api/disciplinary-cases", openBody(SETTING_A)), 403);
        }
        // HR deadlines are HR's: the DSL of the setting does not see them, the head does
        for (Map.Entry<String, Map<String, Object>> step : List.of(
                Map.entry("investigator", Map.<String, Object>of("investigator", "Deputy head")),
                Map.entry("findings", Map.<String, Object>of("findings", "The post was made.")),
                Map.entry("hearing-invitation", Map.<String, Object>of("hearingOn",
                        calendar.workingDaysAfter(LocalDate.now(WorkingCalendar.UK), 6).toString(),
                        "rightToBeAccompaniedStated", true)))) {
            assertThat(api.post(HR, "/api/disciplinary-cases/" + inA + "/" + step.getKey(), step.getValue()).status())
                    .as(step.getKey()).isEqualTo(204);
        }
        cases.awaitDeadline(HR, inA, "HEARING_NOTICE", "PENDING");
        cases.awaitDeadline(HEAD_A, inA, "HEARING_NOTICE", "PENDING");
        assertThat(api.get(DSL_A, "/api/deadlines?caseId=" + inA).json().size()).isZero();
        assertThat(api.get(HEAD_A, "/api/deadlines?caseId=" + inB).json().size()).isZero();
    }

    @Test
    void complaintsAreTheirSettingsCaseWorkers() {
        String inB = created(api.post(DSL_B, "/api/complaints", Map.of("channel", "LETTER", "complainant", "A Neighbour",
                "summary", "Parking at pick-up time")));
        cases.awaitGet(DSL_B, "/api/complaints/" + inB, r -> r.status() == 200, "the complaint in B");
        assertProblem(api.get(DSL_A, "/api/complaints/" + inB), 404);
        assertProblem(api.post(DSL_A, "/api/complaints/" + inB + "/acknowledgement", Map.of()), 404);
        assertThat(api.get(DSL_AB, "/api/complaints/" + inB).status()).isEqualTo(200);
        assertThat(api.get(DSL_A, "/api/deadlines?caseId=" + inB).json().size()).isZero();
        assertThat(api.get(DSL_AB, "/api/deadlines?caseId=" + inB).json().size()).isEqualTo(1);
        for (String user : List.of(STAFF_A, HR, TRUSTEE, ADMIN)) {
            assertProblem(api.get(user, "/api/complaints/" + inB), 403);
        }
        for (String user : List.of(STAFF_A, TRUSTEE, ADMIN)) {
            assertProblem(api.get(user, "/api/deadlines"), 403);
        }
    }

    @Test
    void aMissedDeadlineIsOnTheBoardAndTheHomePage() throws Exception {
        String incident = cases.logCase(STAFF_A, caseBody());
        JsonNode pending = cases.awaitDeadline(DSL_A, incident, "FIRST_RESPONSE", "PENDING");
        Instant due = Instant.parse(pending.path("dueAt").asText());
        assertThat(TestClock.advanceTo(due.plus(Duration.ofHours(1)), jdbc)).isPositive();
        JsonNode missed = cases.awaitDeadline(DSL_A, incident, "FIRST_RESPONSE", "MISSED", Duration.ofSeconds(10));
        assertThat(missed.path("missedAt").asText()).isNotBlank();
        assertThat(api.get(DSL_A, "/api/deadlines?status=MISSED").raw().body()).contains(incident);
        assertThat(api.get(DSL_B, "/api/deadlines?status=MISSED").raw().body()).doesNotContain(incident);
        // the reporter is not a case worker: no board, no deadline
        assertProblem(api.get(STAFF_A, "/api/deadlines"), 403);

        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        String home = signIn(browser, DSL_A);
        // in what needs attention, named by its reference and first words (decision 0043)
        assertThat(home).contains("Needs attention", "Overdue", "First response", "/cases/" + incident);
        String elsewhere = signIn(HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build(), DSL_B);
        assertThat(elsewhere).doesNotContain(incident, "Comments about a Year 8 pupil");
    }

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private String signIn(HttpClient browser, String user) throws Exception {
        HttpResponse<String> form = browser.send(HttpRequest.newBuilder(uri("/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = CSRF.matcher(form.body());
        assertThat(m.find()).isTrue();
        String body = "username=" + user + "&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(m.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> home = browser.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(home.uri().getPath()).isEqualTo("/");
        return home.body();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static Map<String, Object> openBody(String settingId) {
        return Map.of("settingId", settingId, "employeeName", "Casey Clerk", "teacher", false,
                "concernsHarmToChildren", false, "allegation", "Posted about a colleague on a public page.");
    }

    private static String created(Reply reply) {
        assertThat(reply.status()).as("%s", reply).isEqualTo(201);
        return reply.json().path("id").asText();
    }
}
