package uk.tidemark.app.web.transfer;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.tidemark.app.fixture.ApiClient;
import uk.tidemark.app.fixture.ApiClient.Reply;
import uk.tidemark.app.fixture.CaseFixture;
import uk.tidemark.app.fixture.RunningApp;
import uk.tidemark.app.web.Browser;
import uk.tidemark.app.web.TestClock;
import uk.tidemark.command.deadline.WorkingCalendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.app.fixture.ApiClient.assertProblem;
import static uk.tidemark.app.fixture.TestAccounts.*;

/**
 * Issue 20's record transfer "done when" over HTTP (decision 0055): a pupil's cases sent from Alder School to Birch
 * School of the same trust move there, the sender keeps a read-only record of what it sent, and the receiving lead's
 * acknowledgement meets the RECORD_TRANSFER deadline; a transfer to a school outside Tidemark keeps its case and
 * records the delivery and the school's confirmation; one nobody acknowledges is missed on the receiver's dashboard.
 */
@RunningApp
class RecordTransferStoryTest {

    @Autowired
    ApiClient api;
    @Autowired
    CaseFixture cases;
    @LocalServerPort
    int port;

    private String logCase(String summary, List<Map<String, Object>> people) {
        return logCase(DSL_A, summary, people);
    }

    /** Reported by {@code user} of Alder School; its DSL works on it as a lead unless they reported it. */
    private String logCase(String user, String summary, List<Map<String, Object>> people) {
        Map<String, Object> body = CaseFixture.caseBody();
        body.put("summary", summary);
        body.put("people", people);
        String id = cases.logCase(user, body);
        cases.awaitVersion(DSL_A, id, 0);
        return id;
    }

    private static Map<String, Object> pupil(String name, String personId) {
        Map<String, Object> p = new LinkedHashMap<>(Map.of("name", name, "role", "PUPIL", "involvement", "TARGET"));
        if (personId != null) {
            p.put("personId", personId);
        }
        return p;
    }

    /** A pupil on two cases of Alder School: the pupil's id, then the two case ids. */
    private List<String> aPupilOnTwoCases(String name) {
        // reported by a member of staff and by the deputy: the DSL is no reporter of either
        String one = logCase(STAFF_A, "Messages sent to " + name + " at night.", List.of(pupil(name, null)));
        String personId = api.get(DSL_A, "/api/incidents/" + one).json().path("people").path(0).path("personId")
                .asText();
        String two = logCase(DEPUTY_A, "A photo of " + name + " shared in a group chat.",
                List.of(pupil(name, personId)));
        cases.awaitGet(DSL_A, "/api/people/" + personId + "/chronology",
                r -> r.status() == 200 && r.json().path("cases").size() == 2, "the pupil on two cases");
        return List.of(personId, one, two);
    }

    /** A 400 naming {@code field}, with nothing stored. */
    private void invalid(Reply reply, String field) {
        JsonNode problem = assertProblem(reply, 400);
        List<String> fields = new ArrayList<>();
        problem.path("errors").forEach(e -> fields.add(e.path("field").asText()));
        assertThat(fields).as("%s", problem).contains(field);
    }

    private Reply transfer(String user, String personId, Map<String, Object> body) {
        return api.post(user, "/api/people/" + personId + "/transfers", body);
    }

    @Test
    void aTransferWithinTheTrustMovesTheCasesAndTheReceiptMeetsTheDeadline() {
        List<String> made = aPupilOnTwoCases("Alex Mover");
        String person = made.get(0);
        LocalDate starts = LocalDate.now(WorkingCalendar.UK);
        Map<String, Object> toBirch = Map.of("toSettingId", SETTING_B, "startDate", starts.toString());

        // bad input names its fields and changes nothing; only a lead who may see the pupil transfers
        long events = cases.storedEventCount();
        invalid(transfer(DSL_A, person, Map.of("toSettingId", SETTING_B)), "startDate");
        invalid(transfer(DSL_A, person, Map.of("toSettingId", SETTING_B, "toSchool", "Elm High",
                "startDate", starts.toString())), "toSettingId");
        invalid(transfer(DSL_A, person, Map.of("toSettingId", SETTING_A, "startDate", starts.toString())),
                "toSettingId");
        invalid(transfer(DSL_A, person, Map.of("toSettingId", "setting-elsewhere",
                "startDate", starts.toString())), "toSettingId");
        assertProblem(transfer(STAFF_A, person, toBirch), 403);
        assertProblem(transfer(TRUSTEE, person, toBirch), 403);
        assertProblem(transfer(DSL_B, person, toBirch), 404);
        assertThat(cases.storedEventCount()).isEqualTo(events);
        assertThat(api.get(DSL_A, "/api/incidents/" + made.get(1)).status()).isEqualTo(200);

        Reply sent = transfer(DSL_A, person, toBirch);
        assertThat(sent.status()).as("%s", sent).isEqualTo(201);
        String id = sent.json().path("id").asText();
        assertThat(sent.header("Location")).endsWith("/api/transfers/" + id);
        assertThat(sent.json().path("deadlineKind").asText()).isEqualTo("RECORD_TRANSFER");
        LocalDate due = LocalDate.parse(sent.json().path("dueOn").asText());
        assertThat(due).isAfter(starts.plusDays(4));
        assertThat(due.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        JsonNode deadline = cases.awaitDeadline(DSL_B, id, "RECORD_TRANSFER", "PENDING");
        assertThat(Instant.parse(deadline.path("dueAt").asText())) // the read store keeps milliseconds
                .isEqualTo(WorkingCalendar.endOf(due).truncatedTo(java.time.temporal.ChronoUnit.MILLIS));

        // the receiving lead sees the cases, with the transfer in their chronology; the sender no longer can act
        for (String caseId : made.subList(1, 3)) {
            cases.awaitGet(DSL_B, "/api/incidents/" + caseId, r -> r.status() == 200
                    && r.json().path("settingId").asText().equals(SETTING_B), "the case at Birch School");
            assertThat(api.get(DSL_A, "/api/incidents/" + caseId).status()).isEqualTo(404);
            assertProblem(api.post(DSL_A, "/api/incidents/" + caseId + "/notes", Map.of("text", "Too late")), 404);
            assertThat(api.post(DSL_B, "/api/incidents/" + caseId + "/notes", Map.of("text", "Received")).status())
                    .isEqualTo(201);
            JsonNode chronology = cases.awaitGet(DSL_B, "/api/incidents/" + caseId + "/chronology",
                    r -> r.status() == 200 && r.json().toString().contains("Transferred to Birch School"),
                    "the transfer in the chronology");
            assertThat(chronology.toString()).contains("Transferred to Birch School with the pupil's records");
        }

        // the sender keeps a read-only record of what it sent: the cases by reference and title, when, by whom
        JsonNode record = cases.awaitGet(DSL_A, "/api/transfers/" + id, r -> r.status() == 200, "the record");
        assertThat(record.path("state").asText()).isEqualTo("STARTED");
        assertThat(record.path("settingId").asText()).isEqualTo(SETTING_A);
        assertThat(record.path("toSettingId").asText()).isEqualTo(SETTING_B);
        assertThat(record.path("startedBy").asText()).isEqualTo(DSL_A);
        assertThat(record.path("personName").asText()).isEqualTo("Alex Mover");
        List<String> sentIds = new ArrayList<>();
        record.path("cases").forEach(c -> {
            sentIds.add(c.path("id").asText());
            assertThat(c.path("reference").asText()).isNotBlank();
            assertThat(c.path("title").asText()).isNotBlank();
        });
        assertThat(sentIds).containsExactlyInAnyOrderElementsOf(made.subList(1, 3));
        assertThat(api.get(DSL_A, "/api/transfers").json().toString()).contains(id);
        assertThat(api.get(DSL_B, "/api/transfers").json().toString()).contains(id);
        assertProblem(api.get(HR, "/api/transfers/" + id), 404);
        assertProblem(api.get(TRUSTEE, "/api/transfers"), 403);

        // only the receiving setting acknowledges; within the trust there is no delivery to record
        assertProblem(api.post(DSL_A, "/api/transfers/" + id + "/receipt", Map.of()), 403);
        assertProblem(api.post(DSL_A, "/api/transfers/" + id + "/delivery", Map.of("how", "By hand",
                "deliveredOn", starts.toString())), 409);
        Reply receipt = api.post(DSL_B, "/api/transfers/" + id + "/receipt", Map.of());
        assertThat(receipt.status()).as("%s", receipt).isEqualTo(204);
        cases.awaitDeadline(DSL_B, id, "RECORD_TRANSFER", "MET");
        JsonNode received = cases.awaitGet(DSL_A, "/api/transfers/" + id,
                r -> r.json().path("state").asText().equals("RECEIVED"), "the receipt");
        assertThat(received.path("receivedBy").asText()).isEqualTo(DSL_B);
        assertProblem(api.post(DSL_B, "/api/transfers/" + id + "/receipt", Map.of()), 409);
    }

    @Test
    void aTransferToASchoolOutsideTidemarkKeepsTheCaseAndRecordsDeliveryAndConfirmation() {
        String one = logCase("Comments about Jo Leaver.", List.of(pupil("Jo Leaver", null)));
        String person = api.get(DSL_A, "/api/incidents/" + one).json().path("people").path(0).path("personId")
                .asText();
        cases.awaitGet(DSL_A, "/api/people/" + person + "/chronology", r -> r.status() == 200, "the pupil");
        LocalDate starts = LocalDate.now(WorkingCalendar.UK);
        Reply sent = transfer(DEPUTY_A, person, Map.of("toSchool", "Oak Lane Primary", "startDate",
                starts.toString()));
        assertThat(sent.status()).as("%s", sent).isEqualTo(201);
        String id = sent.json().path("id").asText();
        cases.awaitDeadline(DSL_A, id, "RECORD_TRANSFER", "PENDING");

        // the case stays with its setting, marked in its chronology as transferred out
        cases.awaitGet(DSL_A, "/api/incidents/" + one + "/chronology", r -> r.status() == 200
                && r.json().toString().contains("Transferred out to Oak Lane Primary"), "the transfer out");
        assertThat(api.get(DSL_A, "/api/incidents/" + one).json().path("settingId").asText()).isEqualTo(SETTING_A);

        String path = "/api/transfers/" + id;
        invalid(api.post(DSL_A, path + "/receipt", Map.of()), "confirmedBy");
        assertProblem(api.post(DSL_A, path + "/receipt", Map.of("confirmedBy", "Sam Head", "how", "Phone call")),
                409);
        invalid(api.post(DSL_A, path + "/delivery", Map.of("how", "")), "how");
        assertThat(api.post(DSL_A, path + "/delivery", Map.of("how", "Secure email to their DSL",
                "deliveredOn", starts.toString(), "bundleId", "bundle-1")).status()).isEqualTo(204);
        assertProblem(api.post(DSL_A, path + "/delivery", Map.of("how", "Again", "deliveredOn",
                starts.toString())), 409);
        assertThat(api.post(DSL_A, path + "/receipt", Map.of("confirmedBy", "Sam Head", "how", "Phone call"))
                .status()).isEqualTo(204);
        cases.awaitDeadline(DSL_A, id, "RECORD_TRANSFER", "MET");
        JsonNode record = cases.awaitGet(DSL_A, path, r -> r.json().path("state").asText().equals("RECEIVED"),
                "the confirmation");
        assertThat(record.path("toSchool").asText()).isEqualTo("Oak Lane Primary");
        assertThat(record.path("deliveredHow").asText()).isEqualTo("Secure email to their DSL");
        assertThat(record.path("bundleId").asText()).isEqualTo("bundle-1");
        assertThat(record.path("confirmedBy").asText()).isEqualTo("Sam Head");
        assertProblem(api.get(DSL_B, path), 404);
    }

    @Test
    void aTransferNotAcknowledgedInFiveSchoolDaysIsMissedOnTheReceiversDashboard() {
        List<String> made = aPupilOnTwoCases("Kit Late");
        // sent three weeks ago: the receipt fell due two weeks ago, and nobody acknowledged it
        Instant then = Instant.now().minus(Duration.ofDays(21));
        String id;
        TestClock.pretend(then);
        try {
            Reply sent = transfer(DSL_A, made.get(0), Map.of("toSettingId", SETTING_B,
                    "startDate", LocalDate.ofInstant(then, WorkingCalendar.UK).toString()));
            assertThat(sent.status()).as("%s", sent).isEqualTo(201);
            id = sent.json().path("id").asText();
        } finally {
            TestClock.reset();
        }
        JsonNode missed = cases.awaitDeadline(DSL_B, id, "RECORD_TRANSFER", "MISSED", Duration.ofSeconds(30));
        assertThat(missed.path("settingId").asText()).isEqualTo(SETTING_B);
        cases.awaitGet(DSL_B, "/api/transfers/" + id, r -> r.json().path("missed").asBoolean(), "marked missed");
        JsonNode board = api.get(DSL_B, "/api/deadlines?status=MISSED").json();
        assertThat(board.toString()).contains(id);
        // the dashboard of the receiving lead shows it as every missed deadline is shown
        Browser browser = new Browser("http://localhost:" + port);
        assertThat(Browser.location(browser.signIn(DSL_B, PASSWORD))).isEqualTo("/");
        String home = browser.get("/").body();
        assertThat(home).contains("Receipt of a record transfer was due");
    }
}
