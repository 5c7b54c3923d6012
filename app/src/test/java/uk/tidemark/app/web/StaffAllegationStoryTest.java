package uk.tidemark.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import uk.tidemark.app.fixture.ApiClient;
import uk.tidemark.app.fixture.ApiClient.Reply;
import uk.tidemark.app.fixture.CaseFixture;
import uk.tidemark.app.fixture.RunningApp;
import uk.tidemark.command.deadline.WorkingCalendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.app.fixture.ApiClient.assertProblem;
import static uk.tidemark.app.fixture.TestAccounts.*;

/**
 * Issue 3's story, end to end over HTTP: a member of staff's inappropriate contact with a pupil is triaged on the
 * harm-threshold route, which sets the LADO deadline; the LADO referral meets it; the DSL refers the member of
 * staff to HR, whose disciplinary case runs through investigation and a hearing with notice to a final written
 * warning; a year later (a test clock) the warning expires by itself, as an event; the cases close. Along the
 * way the DSL sees only the HR stage and outcome, and HR sees only what the referral carried.
 */
@RunningApp
@TestPropertySource(properties = "db-scheduler.polling-interval=200ms")
class StaffAllegationStoryTest {

    @Autowired
    ApiClient api;
    @Autowired
    CaseFixture cases;
    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    WorkingCalendar calendar;

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    @Test
    void fromInappropriateContactToAnExpiredFinalWarning() {
        // 1. staff report a concern about a colleague
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("category", "INAPPROPRIATE_CONTACT");
        body.put("platform", "SNAPCHAT");
        body.put("occurredAt", Instant.now().minus(Duration.ofHours(5)).truncatedTo(ChronoUnit.SECONDS).toString());
        body.put("summary", "A teaching assistant has been messaging a Year 9 pupil privately at night.");
        body.put("people", List.of(
                Map.of("name", "Terry Assistant", "role", "STAFF", "involvement", "SUBJECT"),
                Map.of("name", "Pupil Nine", "role", "PUPIL", "involvement", "TARGET")));
        body.put("immediateRisk", false);
        String incident = cases.logCase(STAFF_A, body);
        JsonNode logged = cases.awaitGet(DSL_A, "/api/incidents/" + incident, r -> r.status() == 200, "the new case");
        String staffId = personId(logged, "STAFF");
        assertThat(cases.deadline(DSL_A, incident, "FIRST_RESPONSE").path("status").asText()).isEqualTo("PENDING");

        // 2. triage on the harm-threshold route: first response met, the LADO referral due in one working day
        assertThat(api.post(DSL_A, "/api/incidents/" + incident + "/triage", Map.of("severity", "HIGH",
                "reason", "Private contact with a pupil outside school", "allegationRoute", "HARM_THRESHOLD"))
                .status()).isEqualTo(204);
        JsonNode lado = cases.awaitDeadline(DSL_A, incident, "LADO_REFERRAL", "PENDING");
        // one working day from the harm-threshold decision, to the end of that day in Europe/London
        assertThat(Instant.parse(lado.path("dueAt").asText()))
                .isEqualTo(millis(calendar.endOfWorkingDaysAfter(Instant.now(), 1)));
        assertThat(cases.awaitDeadline(DSL_A, incident, "FIRST_RESPONSE", "MET").path("ownerId").asText()).isEqualTo(DSL_A);
        // the case cannot close before the LADO referral
        assertProblem(api.post(DSL_A, "/api/incidents/" + incident + "/close", Map.of("outcome", "NO_FURTHER_ACTION",
                "rationale", "Too early")), 409);

        // 3. the LADO referral meets the LADO deadline and starts its follow-up
        Reply referral = api.post(DSL_A, "/api/incidents/" + incident + "/referrals", Map.of("agency", "LADO",
                "reason", "Allegation meets the harm threshold", "reference", "LADO-2026-118"));
        assertThat(referral.status()).isEqualTo(201);
        String referralId = referral.json().path("id").asText();
        cases.awaitDeadline(DSL_A, incident, "LADO_REFERRAL", "MET");
        cases.awaitDeadline(DSL_A, incident, "REFERRAL_FOLLOW_UP", "PENDING");
        assertThat(api.post(DSL_A, "/api/incidents/" + incident + "/referrals/" + referralId + "/acknowledgement",
                Map.of("reference", "LADO-ACK-7", "note", "LADO will advise within the week")).status())
                .isEqualTo(204);
        cases.awaitDeadline(DSL_A, incident, "REFERRAL_FOLLOW_UP", "MET");

        // 4. the DSL refers the member of staff to HR: only a staff subject can be referred
        String pupilId = personId(logged, "PUPIL");
        assertProblem(api.post(DSL_A, "/api/incidents/" + incident + "/disciplinary-referral",
                referralBody(pupilId)), 409);
        Reply hrReferral = api.post(DSL_A, "/api/incidents/" + incident + "/disciplinary-referral", referralBody(staffId));
        assertThat(hrReferral.status()).as("%s", hrReferral).isEqualTo(201);
        String hrCase = hrReferral.json().path("id").asText();

        // HR sees the case the referral opened, linked back to the incident; the DSL cannot open it
        JsonNode opened = cases.awaitGet(HR, "/api/disciplinary-cases/" + hrCase, r -> r.status() == 200,
                "the disciplinary case");
        assertThat(opened.path("linkedIncidentId").asText()).isEqualTo(incident);
        assertThat(opened.path("employeeName").asText()).isEqualTo("Terry Assistant");
        assertThat(opened.path("stage").asText()).isEqualTo("OPENED");
        assertProblem(api.get(DSL_A, "/api/disciplinary-cases/" + hrCase), 403);
        assertProblem(api.get(HR, "/api/incidents/" + incident), 404);
        JsonNode linked = awaitIncident(incident, c -> c.path("disciplinaryCases").path(0).path("stage").asText()
                .equals("OPENED"));
        assertThat(linked.path("disciplinaryCases").path(0).path("caseId").asText()).isEqualTo(hrCase);

        // 5. investigation, then a hearing with at least five working days' notice
        hr(hrCase, "investigator", Map.of("investigator", "Deputy headteacher"));
        hr(hrCase, "findings", Map.of("findings", "The messages were sent; they breach the staff code of conduct."));
        LocalDate tooSoon = calendar.workingDaysAfter(LocalDate.now(WorkingCalendar.UK), 2);
        assertProblem(api.post(HR, "/api/disciplinary-cases/" + hrCase + "/hearing-invitation",
                Map.of("hearingOn", tooSoon.toString(), "rightToBeAccompaniedStated", true)), 409);
        LocalDate hearingOn = calendar.workingDaysAfter(LocalDate.now(WorkingCalendar.UK), 5);
        hr(hrCase, "hearing-invitation", Map.of("hearingOn", hearingOn.toString(), "rightToBeAccompaniedStated", true));
        JsonNode notice = cases.awaitDeadline(HR, hrCase, "HEARING_NOTICE", "PENDING");
        assertThat(Instant.parse(notice.path("dueAt").asText())).isEqualTo(millis(calendar.endOf(hearingOn)));
        // a hearing is recorded as held on its date (decision 0027)
        TestClock.pretend(hearingOn.atTime(10, 0).atZone(WorkingCalendar.UK).toInstant());
        try {
            hr(hrCase, "hearing", Map.of("companion", "Union representative"));
        } finally {
            TestClock.reset();
        }
        cases.awaitDeadline(HR, hrCase, "HEARING_NOTICE", "MET");

        // 6. a final written warning: twelve months live, the appeal window open
        hr(hrCase, "outcome", Map.of("outcome", "FINAL_WRITTEN_WARNING", "reasons", "Serious breach of the code"));
        JsonNode expiry = cases.awaitDeadline(HR, hrCase, "WARNING_EXPIRY", "PENDING");
        cases.awaitDeadline(HR, hrCase, "APPEAL_WINDOW", "PENDING");
        Instant expiresAt = Instant.parse(expiry.path("dueAt").asText());
        assertThat(expiresAt).isAfter(Instant.now().plus(Duration.ofDays(360)))
                .isBefore(Instant.now().plus(Duration.ofDays(370)));
        JsonNode register = cases.awaitGet(HR, "/api/hr-register",
                r -> r.json().path("liveWarnings").toString().contains(hrCase), "the live warning");
        assertThat(register.path("openCases").toString()).contains(hrCase);
        assertThat(awaitIncident(incident, c -> c.path("disciplinaryCases").path(0).path("outcome").asText()
                .equals("FINAL_WRITTEN_WARNING")).path("disciplinaryCases").path(0).path("stage").asText())
                .isEqualTo("OUTCOME");
        // the DSL sees the stage and outcome, never the HR detail
        assertThat(api.get(DSL_A, "/api/incidents/" + incident).raw().body())
                .doesNotContain("Serious breach", "Union representative", "Deputy headteacher");
        assertThat(api.get(DSL_A, "/api/deadlines?caseId=" + hrCase).json().size()).isZero();

        // 7. thirteen months on: the appeal window has closed and the warning has expired, by themselves
        assertThat(TestClock.advanceTo(expiresAt.plus(Duration.ofDays(30)), jdbc)).isPositive();
        cases.awaitDeadline(HR, hrCase, "WARNING_EXPIRY", "MET", Duration.ofSeconds(15));
        cases.awaitDeadline(HR, hrCase, "APPEAL_WINDOW", "MET", Duration.ofSeconds(15));
        JsonNode expired = cases.awaitGet(HR, "/api/disciplinary-cases/" + hrCase,
                r -> r.json().path("warning").path("expired").asBoolean(), "the expired warning");
        assertThat(expired.path("history").toString()).contains("WARNING_EXPIRED");
        cases.awaitGet(HR, "/api/hr-register", r -> !r.json().path("liveWarnings").toString().contains(hrCase),
                "the warning gone from the register");

        // 8. HR closes its case; the DSL sees it closed and closes the incident
        hr(hrCase, "close", Map.of("rationale", "Sanction served; warning expired."));
        awaitIncident(incident, c -> c.path("disciplinaryCases").path(0).path("stage").asText().equals("CLOSED"));
        assertThat(api.post(DSL_A, "/api/incidents/" + incident + "/close", Map.of("outcome", "DISCIPLINARY_ACTION",
                "rationale", "LADO advised; HR gave a final written warning.")).status()).isEqualTo(204);
        awaitIncident(incident, c -> c.path("status").asText().equals("CLOSED"));
    }

    /** The read store keeps instants to the millisecond. */
    private static Instant millis(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MILLIS);
    }

    private static Map<String, Object> referralBody(String personId) {
        return Map.of("personId", personId, "teacher", false, "concernsHarmToChildren", true,
                "allegation", "Private messages to a pupil at night, outside the staff code of conduct.");
    }

    private void hr(String hrCase, String action, Map<String, Object> body) {
        Reply reply = api.post(HR, "/api/disciplinary-cases/" + hrCase + "/" + action, body);
        assertThat(reply.status()).as("%s: %s", action, reply).isEqualTo(204);
    }

    private static String personId(JsonNode incident, String role) {
        for (JsonNode person : incident.path("people")) {
            if (person.path("role").asText().equals(role)) {
                return person.path("personId").asText();
            }
        }
        throw new AssertionError("no " + role + " on " + incident);
    }

    private JsonNode awaitIncident(String incident, Predicate<JsonNode> done) {
        return cases.awaitGet(DSL_A, "/api/incidents/" + incident, r -> r.status() == 200 && done.test(r.json()),
                "incident " + incident);
    }

}
