package uk.tidemark.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.tidemark.app.fixture.ApiClient;
import uk.tidemark.app.fixture.ApiClient.Reply;
import uk.tidemark.app.fixture.CaseFixture;
import uk.tidemark.app.fixture.RunningApp;
import uk.tidemark.command.deadline.WorkingCalendar;
import uk.tidemark.kernel.incident.Category;
import uk.tidemark.kernel.incident.IncidentId;
import uk.tidemark.kernel.incident.Involvement;
import uk.tidemark.kernel.incident.Person;
import uk.tidemark.kernel.incident.PersonId;
import uk.tidemark.kernel.incident.PersonRole;
import uk.tidemark.kernel.incident.Platform;
import uk.tidemark.kernel.incident.event.IncidentLogged;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.tidemark.app.fixture.ApiClient.assertProblem;
import static uk.tidemark.app.fixture.CaseFixture.caseBody;
import static uk.tidemark.app.fixture.TestAccounts.*;

/**
 * The date attacks of issue 12, end to end over HTTP: each is a 400 naming the field (for a hearing recorded before
 * its date, heldOn, the day it was held, today when left out: decision 0047), the case is left as it was (no event
 * appended), and no dead letter appears. Before the fix an occurrence 300 million years ago was answered 201 and
 * parked its case for good, a hearing "on" the last day of year 999,999,999 was missed at once, a warning due as far
 * ahead was recorded as NO_RESPONSE at once, a due date in 1900 was accepted, and a number was read as a time in
 * 1970 (docs/decisions/0027-one-rule-for-dates.md).
 */
@RunningApp
class DateAttackTest {

    private static final String VERY_LONG_AGO = "-300000000-01-01T00:00:00Z";
    private static final String END_OF_TIME = "+999999999-12-31";

    @Autowired
    ApiClient api;
    @Autowired
    CaseFixture cases;
    @LocalServerPort
    int port;
    @Autowired
    EventStore eventStore;
    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    WorkingCalendar calendar;

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    @Test
    void anOccurrenceMillionsOfYearsAgoIsRefusedAndParksNothing() {
        JsonNode errors = refusedLog(STAFF_A, with("occurredAt", VERY_LONG_AGO));
        assertThat(fields(errors)).containsExactly("occurredAt");
        assertThat(errors.get(0).path("detail").asText()).contains("1900-01-01", "2100-12-31");
        // just outside the window, either side, and the window's first moment is accepted
        assertThat(fields(refusedLog(STAFF_A, with("occurredAt", "1899-12-31T23:59:59Z")))).containsExactly("occurredAt");
        assertThat(fields(refusedLog(STAFF_A, with("occurredAt", "2101-01-01T00:00:00Z")))).containsExactly("occurredAt");
        String edge = cases.logCase(STAFF_A, with("occurredAt", "1900-01-01T00:00:00Z"));
        assertThat(cases.awaitVersion(DSL_A, edge, 0).path("occurredAt").asText()).isEqualTo("1900-01-01T00:00:00Z");
        assertNoDeadLetter();
    }

    /**
     * The read side's half: a case stored before the rule, 300 million years ago, which the read store cannot hold as
     * it is. It is projected all the same (the instant kept at the store's limit), its page shows it, a note added
     * later appears, and nothing is parked.
     */
    @Test
    void aCaseStoredBeforeTheRuleIsStillProjectedAndShown() {
        String id = UUID.randomUUID().toString();
        eventStore.publish(new GenericDomainEventMessage<>("IncidentAggregate", id, 0,
                new IncidentLogged(IncidentId.of(id), SETTING_A, Category.CYBERBULLYING, Platform.TIKTOK,
                        Instant.parse(VERY_LONG_AGO), "Logged before the date rule", List.of(),
                        List.of(new Person(PersonId.of(UUID.randomUUID().toString()), "Pupil One", PersonRole.PUPIL,
                                Involvement.TARGET)), false, DSL_A), MetaData.with("actor", DSL_A)));
        JsonNode shown = awaitGetLong(DSL_A, "/api/incidents/" + id, r -> r.status() == 200, "the old case");
        assertThat(shown.path("occurredAt").asText()).startsWith("-292275055");
        assertThat(api.post(DSL_A, "/api/incidents/" + id + "/notes", Map.of("text", "A later note")).status())
                .isEqualTo(201);
        awaitGetLong(DSL_A, "/api/incidents/" + id, r -> r.json().path("notes").size() == 1, "the later note");
        Browser dsl = new Browser("http://localhost:" + port);
        assertThat(dsl.signIn(DSL_A, PASSWORD).statusCode()).isEqualTo(302);
        HttpResponse<String> page = dsl.get("/cases/" + id);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("-292275055", "A later note");
        assertThat(api.get(ADMIN, "/api/admin/dead-letters").json()).as("dead letters").isEmpty();
    }

    @Test
    void aNumberIsNotATime() {
        for (Object number : List.of(12345, 12345.5, "12345")) {
            JsonNode errors = refusedLog(DSL_A, with("occurredAt", number));
            assertThat(fields(errors)).as("occurredAt %s", number).containsExactly("occurredAt");
            assertThat(errors.get(0).path("detail").asText()).contains("ISO-8601");
        }
        String caseId = triagedCase();
        long version = cases.storedVersion(caseId);
        for (Object number : List.of(20000, "20000")) {
            JsonNode problem = assertProblem(api.post(DSL_A, "/api/incidents/" + caseId + "/warnings",
                    warning(subjectOf(caseId), number)), 400);
            assertThat(fields(problem.path("errors"))).containsExactly("responseDueBy");
        }
        JsonNode evidence = assertProblem(api.post(DSL_A, "/api/incidents/" + caseId + "/evidence", Map.of(
                "description", "Screenshot", "sha256", "ab".repeat(32), "capturedAt", 1700000000)), 400);
        assertThat(fields(evidence.path("errors"))).containsExactly("capturedAt");
        assertThat(cases.storedVersion(caseId)).isEqualTo(version);
    }

    @Test
    void aHearingAtTheEndOfTimeIsRefusedAndNothingIsMissed() {
        String hrCase = hrCaseWithFindings();
        long version = cases.storedVersion(hrCase);
        for (String date : List.of(END_OF_TIME, "2101-01-01", "1900-01-01", "-999999999-01-01")) {
            JsonNode problem = assertProblem(api.post(HR, "/api/disciplinary-cases/" + hrCase + "/hearing-invitation",
                    Map.of("hearingOn", date, "rightToBeAccompaniedStated", true)), 400);
            assertThat(fields(problem.path("errors"))).as(date).containsExactly("hearingOn");
        }
        assertThat(cases.storedVersion(hrCase)).isEqualTo(version);
        // the case moves on as before, and no deadline of it was ever set, let alone missed
        hr(hrCase, "hearing-invitation", Map.of("hearingOn", hearingDay().toString(), "rightToBeAccompaniedStated", true));
        JsonNode invited = cases.awaitGet(HR, "/api/disciplinary-cases/" + hrCase,
                r -> r.json().path("stage").asText().equals("HEARING_ARRANGED"), "the invitation");
        assertThat(invited.path("history").toString()).doesNotContain("DEADLINE_MISSED");
        assertThat(cases.awaitDeadline(HR, hrCase, "HEARING_NOTICE", "PENDING").path("dueAt").asText()).doesNotStartWith("+");
        assertNoDeadLetter();
    }

    @Test
    void aHearingCannotBeRecordedAsHeldBeforeItsDate() {
        String hrCase = hrCaseWithFindings();
        LocalDate hearingOn = hearingDay();
        hr(hrCase, "hearing-invitation", Map.of("hearingOn", hearingOn.toString(), "rightToBeAccompaniedStated", true));
        cases.awaitDeadline(HR, hrCase, "HEARING_NOTICE", "PENDING");
        long version = cases.storedVersion(hrCase);
        // decision 0047: the day it was held (today when left out) is to blame, so a 400 on heldOn, dates written out
        JsonNode early = assertProblem(api.post(HR, "/api/disciplinary-cases/" + hrCase + "/hearing",
                Map.of("companion", "A colleague")), 400);
        assertThat(fields(early.path("errors"))).containsExactly("heldOn");
        assertThat(early.path("errors").toString()).contains(uk.tidemark.kernel.time.WrittenDates.day(hearingOn));
        JsonNode named = assertProblem(api.post(HR, "/api/disciplinary-cases/" + hrCase + "/hearing",
                Map.of("companion", "A colleague", "heldOn", LocalDate.now(WorkingCalendar.UK).toString())), 400);
        assertThat(fields(named.path("errors"))).containsExactly("heldOn");
        assertThat(cases.storedVersion(hrCase)).isEqualTo(version);
        // on the day, it can
        TestClock.pretend(hearingOn.atTime(10, 0).atZone(WorkingCalendar.UK).toInstant());
        hr(hrCase, "hearing", Map.of("companion", "A colleague"));
        cases.awaitDeadline(HR, hrCase, "HEARING_NOTICE", "MET");
    }

    @Test
    void aResignationOutsideTheWindowIsRefused() {
        String hrCase = hrCaseWithFindings();
        long version = cases.storedVersion(hrCase);
        for (String date : List.of(END_OF_TIME, "1899-12-31")) {
            JsonNode problem = assertProblem(api.post(HR, "/api/disciplinary-cases/" + hrCase + "/resignation",
                    Map.of("effectiveOn", date)), 400);
            assertThat(fields(problem.path("errors"))).containsExactly("effectiveOn");
        }
        assertThat(cases.storedVersion(hrCase)).isEqualTo(version);
    }

    @Test
    void aWarningDueFarAheadIsRefusedAndItsWarningNeverAnsweredForIt() {
        String caseId = triagedCase();
        String subject = subjectOf(caseId);
        long version = cases.storedVersion(caseId);
        for (String date : List.of(END_OF_TIME, "2101-01-01")) {
            JsonNode problem = assertProblem(api.post(DSL_A, "/api/incidents/" + caseId + "/warnings",
                    warning(subject, date)), 400);
            assertThat(fields(problem.path("errors"))).as(date).containsExactly("responseDueBy");
        }
        assertThat(cases.storedVersion(caseId)).isEqualTo(version);
        // the window's last day is a due date like any other: the response stays awaited
        Reply edge = api.post(DSL_A, "/api/incidents/" + caseId + "/warnings", warning(subject, "2100-12-31"));
        assertThat(edge.status()).as("%s", edge).isEqualTo(201);
        JsonNode pending = cases.awaitDeadline(DSL_A, caseId, "WARNING_RESPONSE", "PENDING");
        assertThat(pending.path("dueAt").asText()).startsWith("2100-12-31T23:59:59");
        assertThat(cases.awaitVersion(DSL_A, caseId, cases.storedVersion(caseId)).path("warnings").get(0)
                .path("response").isNull()).isTrue();
        assertNoDeadLetter();
    }

    @Test
    void aDueDateInThePastIsRefused() {
        String caseId = triagedCase();
        long version = cases.storedVersion(caseId);
        String yesterday = LocalDate.now(WorkingCalendar.UK).minusDays(1).toString();
        for (String date : List.of("1900-01-01", yesterday)) {
            JsonNode problem = assertProblem(api.post(DSL_A, "/api/incidents/" + caseId + "/warnings",
                    warning(subjectOf(caseId), date)), 400);
            assertThat(fields(problem.path("errors"))).as(date).containsExactly("responseDueBy");
            assertThat(problem.path("errors").get(0).path("detail").asText()).contains("today or later");
        }
        assertThat(cases.storedVersion(caseId)).isEqualTo(version);
        String hrCase = hrCaseWithFindings();
        long hrVersion = cases.storedVersion(hrCase);
        JsonNode hearing = assertProblem(api.post(HR, "/api/disciplinary-cases/" + hrCase + "/hearing-invitation",
                Map.of("hearingOn", yesterday, "rightToBeAccompaniedStated", true)), 400);
        assertThat(fields(hearing.path("errors"))).containsExactly("hearingOn");
        assertThat(cases.storedVersion(hrCase)).isEqualTo(hrVersion);
    }

    @Test
    void aPanelCannotHaveMetBeforeItWasAskedForNorInTheFuture() {
        String complaint = complaintAwaitingItsPanel();
        long version = cases.storedVersion(complaint);
        LocalDate today = LocalDate.now(WorkingCalendar.UK);
        for (String date : List.of(today.minusDays(1).toString(), today.plusDays(1).toString(), END_OF_TIME)) {
            JsonNode problem = assertProblem(api.post(DSL_A, "/api/complaints/" + complaint + "/panel-hearing",
                    Map.of("heldOn", date, "panelMembers", List.of("Governor One"))), 400);
            assertThat(fields(problem.path("errors"))).as(date).containsExactly("heldOn");
        }
        assertThat(cases.storedVersion(complaint)).isEqualTo(version);
        Reply held = api.post(DSL_A, "/api/complaints/" + complaint + "/panel-hearing",
                Map.of("heldOn", today.toString(), "panelMembers", List.of("Governor One")));
        assertThat(held.status()).as("%s", held).isEqualTo(204);
    }

    @Test
    void aPageRefusesTheSameDatesWithTheSameWords() {
        Browser staff = new Browser("http://localhost:" + port);
        assertThat(staff.signIn(STAFF_A, PASSWORD).statusCode()).isEqualTo(302);
        String csrf = staff.csrfOf("/concerns/new");
        long events = cases.storedEventCount();
        Map<String, String> form = IncidentPagesTest.concern("Posts about a pupil.");
        form.put("occurredAt-year", "-300000000");
        HttpResponse<String> refused = staff.post("/concerns/new", form, csrf);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("The date it happened must be a real date.");
        form.put("occurredAt-year", "1850");
        HttpResponse<String> early = staff.post("/concerns/new", form, csrf);
        assertThat(early.statusCode()).isEqualTo(400);
        assertThat(early.body()).contains("The date it happened must be between 1 January 1900 and 31 December 2100.");
        Map<String, String> number = IncidentPagesTest.concern("Posts about a pupil.");
        for (String box : List.of("day", "month", "year", "time")) {
            number.remove("occurredAt-" + box);
        }
        number.put("occurredAt", "12345");
        assertThat(staff.post("/concerns/new", number, csrf).statusCode()).isEqualTo(400);
        assertThat(cases.storedEventCount()).isEqualTo(events);
    }

    @Test
    void queryParametersAndAdministrationTakeTheSameRule() {
        for (String from : List.of("12345", VERY_LONG_AGO, "2101-01-01T00:00:00Z")) {
            JsonNode problem = assertProblem(api.get(ADMIN, "/api/audit?from=" + from), 400);
            assertThat(fields(problem.path("errors"))).as(from).containsExactly("from");
        }
        assertThat(api.get(ADMIN, "/api/audit?from=2025-01-01T00:00:00Z").status()).isEqualTo(200);
        long calendarDays = jdbc.queryForObject("SELECT COUNT(*) FROM tidemark_calendar_day", Long.class);
        for (Object date : List.of(END_OF_TIME, "2101-01-05", 20000)) {
            JsonNode problem = assertProblem(api.post(ADMIN, "/api/admin/calendar",
                    Map.of("date", date, "kind", "CLOSED", "reason", "INSET day")), 400);
            assertThat(fields(problem.path("errors"))).as("%s", date).containsExactly("date");
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM tidemark_calendar_day", Long.class)).isEqualTo(calendarDays);
    }

    // ---- helpers ----

    /** Polls with a generous deadline: the machine may be loaded; only the condition matters. */
    private JsonNode awaitGetLong(String user, String path, java.util.function.Predicate<Reply> done, String what) {
        JsonNode[] found = new JsonNode[1];
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            Reply reply = api.get(user, path);
            assertThat(done.test(reply)).as(what + ": " + reply).isTrue();
            found[0] = reply.json();
        });
        return found[0];
    }

    /** Logs with a bad body: 400, and no event stored. */
    private JsonNode refusedLog(String user, Map<String, Object> body) {
        long events = cases.storedEventCount();
        JsonNode problem = assertProblem(api.post(user, "/api/incidents", body), 400);
        assertThat(cases.storedEventCount()).isEqualTo(events);
        return problem.path("errors");
    }

    /**
     * No case is parked: a case logged now is projected (so the processors have gone past whatever came before it),
     * and the dead-letter queues are empty.
     */
    private void assertNoDeadLetter() {
        String marker = cases.logCase(DSL_A, caseBody());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(api.get(DSL_A, "/api/incidents/" + marker).status()).isEqualTo(200));
        assertThat(api.get(ADMIN, "/api/admin/dead-letters").json()).as("dead letters").isEmpty();
    }

    private String triagedCase() {
        String id = cases.logCase(DSL_A, caseBody());
        cases.awaitVersion(DSL_A, id, 1);
        assertThat(api.post(DSL_A, "/api/incidents/" + id + "/triage", Map.of("severity", "LOW", "reason", "r")).status())
                .isEqualTo(204);
        cases.awaitVersion(DSL_A, id, cases.storedVersion(id));
        return id;
    }

    private String subjectOf(String caseId) {
        return api.get(DSL_A, "/api/incidents/" + caseId).json().path("people").get(1).path("personId").asText();
    }

    private static Map<String, Object> warning(String personId, Object responseDueBy) {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("personId", personId, "kind", "WRITTEN",
                "channel", "EMAIL", "text", "Please take the posts down."));
        body.put("responseDueBy", responseDueBy);
        return body;
    }

    private String hrCaseWithFindings() {
        Reply opened = api.post(HR, "/api/disciplinary-cases", Map.of("settingId", SETTING_A, "employeeName", "Em Ployee",
                "teacher", false, "concernsHarmToChildren", false, "allegation", "Posts about a colleague."));
        assertThat(opened.status()).as("%s", opened).isEqualTo(201);
        String id = opened.json().path("id").asText();
        cases.awaitGet(HR, "/api/disciplinary-cases/" + id, r -> r.status() == 200, "the HR case");
        hr(id, "investigator", Map.of("investigator", "Deputy headteacher"));
        hr(id, "findings", Map.of("findings", "The posts were made."));
        cases.awaitGet(HR, "/api/disciplinary-cases/" + id, r -> r.json().path("findings").isTextual(), "the findings");
        return id;
    }

    private LocalDate hearingDay() {
        return calendar.workingDaysAfter(LocalDate.now(WorkingCalendar.UK), 6);
    }

    private void hr(String hrCase, String action, Map<String, Object> body) {
        Reply reply = api.post(HR, "/api/disciplinary-cases/" + hrCase + "/" + action, body);
        assertThat(reply.status()).as("%s: %s", action, reply).isEqualTo(204);
    }

    private String complaintAwaitingItsPanel() {
        Reply received = api.post(DSL_A, "/api/complaints", Map.of("channel", "EMAIL", "complainant", "A Parent",
                "summary", "About a detention."));
        assertThat(received.status()).as("%s", received).isEqualTo(201);
        String id = received.json().path("id").asText();
        cases.awaitGet(DSL_A, "/api/complaints/" + id, r -> r.status() == 200, "the complaint");
        complaint(id, "acknowledgement", null);
        complaint(id, "formal-stage", Map.of("reason", "Not satisfied informally."));
        complaint(id, "formal-response", Map.of("findings", "f", "reasons", "r", "howToEscalate", "Ask the clerk."));
        complaint(id, "panel-request", Map.of("reason", "The parent asked for a panel."));
        cases.awaitGet(DSL_A, "/api/complaints/" + id, r -> r.json().path("stage").asText().equals("PANEL"), "the panel");
        return id;
    }

    private void complaint(String complaint, String action, Map<String, Object> body) {
        Reply reply = body == null
                ? api.send(DSL_A, "POST", "/api/complaints/" + complaint + "/" + action, null, null, null)
                : api.post(DSL_A, "/api/complaints/" + complaint + "/" + action, body);
        assertThat(reply.status()).as("%s: %s", action, reply).isEqualTo(204);
    }

    private static Map<String, Object> with(String field, Object value) {
        Map<String, Object> body = new LinkedHashMap<>(caseBody());
        body.put(field, value);
        return body;
    }

    private static List<String> fields(JsonNode errors) {
        List<String> fields = new ArrayList<>();
        errors.forEach(e -> fields.add(e.path("field").asText()));
        return fields;
    }
}
