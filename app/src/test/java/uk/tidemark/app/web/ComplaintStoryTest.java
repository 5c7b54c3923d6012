package uk.tidemark.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.tidemark.app.fixture.ApiClient;
import uk.tidemark.app.fixture.ApiClient.Reply;
import uk.tidemark.app.fixture.CaseFixture;
import uk.tidemark.app.fixture.RunningApp;
import uk.tidemark.command.deadline.WorkingCalendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.app.fixture.ApiClient.assertProblem;
import static uk.tidemark.app.fixture.CaseFixture.caseBody;
import static uk.tidemark.app.fixture.TestAccounts.*;

/**
 * Issue 3's complaint story over HTTP: a parent's complaint aired on Facebook is logged as an incident, then
 * redirected to the complaints procedure. The complaint is acknowledged, taken to the formal stage and answered
 * in writing, then heard and decided by a panel, each stage due on the school-day timescales (5, 15 and 20 by
 * default), each deadline met by the step that fulfils it.
 */
@RunningApp
class ComplaintStoryTest {

    @Autowired
    ApiClient api;
    @Autowired
    CaseFixture cases;

    @Autowired
    WorkingCalendar calendar;

    @Test
    void aComplaintRedirectedFromAnIncidentGoesThroughTheFormalAndPanelStagesOnTime() {
        Map<String, Object> body = caseBody();
        body.put("category", "COMPLAINT_ON_SOCIAL_MEDIA");
        body.put("platform", "FACEBOOK");
        body.put("summary", "A parent posted about the handling of a detention in the village Facebook group.");
        body.put("people", List.of(Map.of("name", "A Parent", "role", "PARENT_CARER", "involvement", "SUBJECT")));
        String incident = cases.logAndAwait(body).path("id").asText();

        // a complaint needs the incident triaged first
        Map<String, Object> complaintBody = Map.of("channel", "SOCIAL_MEDIA", "complainant", "A Parent",
                "summary", "Unhappy with how a detention was handled.");
        assertProblem(api.post(DSL_A, "/api/incidents/" + incident + "/complaint-referral", complaintBody), 409);
        assertThat(api.post(DSL_A, "/api/incidents/" + incident + "/triage", Map.of("severity", "LOW",
                "reason", "A complaint, not a safeguarding matter")).status()).isEqualTo(204);
        Reply redirected = api.post(DSL_A, "/api/incidents/" + incident + "/complaint-referral", complaintBody);
        assertThat(redirected.status()).as("%s", redirected).isEqualTo(201);
        String complaint = redirected.json().path("id").asText();
        LocalDate today = LocalDate.now(WorkingCalendar.UK);

        // received from the referral, linked both ways, acknowledgement due in five school days
        JsonNode received = cases.awaitGet(DSL_A, "/api/complaints/" + complaint, r -> r.status() == 200,
                "the complaint");
        assertThat(received.path("linkedIncidentId").asText()).isEqualTo(incident);
        assertThat(received.path("stage").asText()).isEqualTo("RECEIVED");
        assertThat(received.path("acknowledgeBy").asText())
                .isEqualTo(calendar.workingDaysAfter(today, 5).toString());
        assertDue(cases.awaitDeadline(DSL_A, complaint, "COMPLAINT_ACKNOWLEDGEMENT", "PENDING"),
                calendar.workingDaysAfter(today, 5));
        cases.awaitGet(DSL_A, "/api/incidents/" + incident,
                r -> r.json().path("complaints").path(0).path("stage").asText().equals("RECEIVED"),
                "the complaint's stage on the incident");
        // someone of another setting sees none of it
        assertProblem(api.get(DSL_B, "/api/complaints/" + complaint), 404);
        assertThat(api.get(DSL_B, "/api/complaints").raw().body()).doesNotContain(complaint);

        complaint(complaint, "acknowledgement", null);
        cases.awaitDeadline(DSL_A, complaint, "COMPLAINT_ACKNOWLEDGEMENT", "MET");
        // a panel cannot be asked for before the formal response
        assertProblem(api.post(DSL_A, "/api/complaints/" + complaint + "/panel-request",
                Map.of("reason", "Too early")), 409);

        // formal stage: the written response is due in fifteen school days
        complaint(complaint, "formal-stage", Map.of("reason", "The parent was not satisfied informally."));
        assertDue(cases.awaitDeadline(DSL_A, complaint, "COMPLAINT_RESPONSE", "PENDING"),
                calendar.workingDaysAfter(today, 15));
        complaint(complaint, "formal-response", Map.of("findings", "The detention followed the behaviour policy.",
                "reasons", "Recorded warnings preceded it.", "howToEscalate", "Ask the clerk for a panel."));
        cases.awaitDeadline(DSL_A, complaint, "COMPLAINT_RESPONSE", "MET");

        // panel: to be held within twenty school days of the request
        complaint(complaint, "panel-request", Map.of("reason", "The parent asked for a panel."));
        assertDue(cases.awaitDeadline(DSL_A, complaint, "COMPLAINT_PANEL", "PENDING"),
                calendar.workingDaysAfter(today, 20));
        complaint(complaint, "panel-hearing", Map.of("heldOn", today.toString(),
                "panelMembers", List.of("Governor One", "Governor Two", "Governor Three")));
        cases.awaitDeadline(DSL_A, complaint, "COMPLAINT_PANEL", "MET");
        complaint(complaint, "panel-decision", Map.of("decision", "NOT_UPHELD",
                "reasons", "The policy was followed."));
        complaint(complaint, "close", Map.of("rationale", "Panel decision sent to the parent."));

        JsonNode closed = cases.awaitGet(DSL_A, "/api/complaints/" + complaint,
                r -> r.json().path("stage").asText().equals("CLOSED"), "the closed complaint");
        assertThat(closed.path("panel").path("decision").asText()).isEqualTo("NOT_UPHELD");
        assertThat(api.get(DSL_A, "/api/complaints?open=true").raw().body()).doesNotContain(complaint);
        assertThat(api.get(DSL_A, "/api/complaints").raw().body()).contains(complaint);
        cases.awaitGet(DSL_A, "/api/incidents/" + incident,
                r -> r.json().path("complaints").path(0).path("stage").asText().equals("CLOSED"),
                "the closed complaint on the incident");
        // no deadline of this complaint is left pending
        assertThat(api.get(DSL_A, "/api/deadlines?status=PENDING&caseId=" + complaint).json().size()).isZero();
    }

    @Test
    void aComplaintReceivedDirectlyCanBeWithdrawnAndItsDeadlineGoes() {
        Reply created = api.post(DSL_A, "/api/complaints", Map.of("channel", "EMAIL", "complainant", "A Grandparent",
                "summary", "About the school trip photos."));
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        String complaint = created.json().path("id").asText();
        assertThat(created.header("Location")).endsWith("/api/complaints/" + complaint);
        cases.awaitDeadline(DSL_A, complaint, "COMPLAINT_ACKNOWLEDGEMENT", "PENDING");
        complaint(complaint, "withdrawal", Map.of("reason", "Resolved by a phone call."));
        cases.awaitGet(DSL_A, "/api/complaints/" + complaint,
                r -> r.json().path("stage").asText().equals("WITHDRAWN"), "the withdrawn complaint");
        cases.awaitGet(DSL_A, "/api/deadlines?caseId=" + complaint, r -> r.json().isEmpty(), "no deadline left");
        // bad input names the fields and changes nothing
        long events = cases.storedEventCount();
        JsonNode problem = assertProblem(api.post(DSL_A, "/api/complaints", Map.of("channel", "CARRIER_PIGEON")), 400);
        assertThat(problem.toString()).contains("channel");
        assertThat(cases.storedEventCount()).isEqualTo(events);
        // staff and HR have no complaint endpoints
        assertProblem(api.get(STAFF_A, "/api/complaints"), 403);
        assertProblem(api.get(HR, "/api/complaints/" + complaint), 403);
    }

    private void complaint(String complaint, String action, Map<String, Object> body) {
        Reply reply = body == null
                ? api.send(DSL_A, "POST", "/api/complaints/" + complaint + "/" + action, null, null, null)
                : api.post(DSL_A, "/api/complaints/" + complaint + "/" + action, body);
        assertThat(reply.status()).as("%s: %s", action, reply).isEqualTo(204);
    }

    private void assertDue(JsonNode deadline, LocalDate day) {
        assertThat(Instant.parse(deadline.path("dueAt").asText()))
                .isEqualTo(calendar.endOf(day).truncatedTo(ChronoUnit.MILLIS));
    }
}
