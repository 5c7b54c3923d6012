package uk.tidemark.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.tidemark.app.fixture.ApiClient;
import uk.tidemark.app.fixture.ApiClient.Reply;
import uk.tidemark.app.fixture.CaseFixture;
import uk.tidemark.app.fixture.RunningApp;
import uk.tidemark.kernel.deadline.event.DeadlineCancelled;
import uk.tidemark.kernel.deadline.event.DeadlineEvent;
import uk.tidemark.kernel.deadline.event.DeadlineMet;
import uk.tidemark.kernel.deadline.event.DeadlineMissed;
import uk.tidemark.kernel.deadline.event.DeadlineSet;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.tidemark.kernel.incident.event.RetentionScheduled;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.app.fixture.ApiClient.assertProblem;
import static uk.tidemark.app.fixture.CaseFixture.caseBody;
import static uk.tidemark.app.fixture.CaseFixture.sleep;
import static uk.tidemark.app.fixture.TestAccounts.*;

/**
 * Every refusal of the incident aggregate that a client can provoke over HTTP answers 409 with the aggregate's
 * sentence, verbatim, and changes nothing: no event stored, the same version on the case page, the same
 * chronology. (Two rules cannot be reached over HTTP: a malformed SHA-256 is a 400 before dispatch, and a
 * warning id is never chosen by the client, so it cannot be recorded twice.)
 *
 * <p>An accepted action stores its domain event and then the deadline events it causes (decision 0010), each
 * named below, so the versions are counted from what each action stores rather than one per action.
 */
@RunningApp
class RefusedTransitionTest {

    private static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static final String REOPEN_ONLY_CLOSED = "This case is open; only a closed case can be reopened.";

    @Autowired
    ApiClient api;
    @Autowired
    CaseFixture cases;
    @Autowired
    EventStore eventStore;

    @Test
    void aNewCaseRefusesWhatNeedsATriageFirst() {
        JsonNode fresh = cases.logAndAwait(caseBody());
        String id = fresh.path("id").asText();
        String subject = fresh.path("people").get(1).path("personId").asText();

        refused(id, "warnings", warning(subject),
                "Triage this case before issuing a warning: a warning needs the severity assessed first.");
        refused(id, "warnings/" + java.util.UUID.randomUUID() + "/response", Map.of("response", "REFUSED"),
                "No warning can have been issued on a case that has not been triaged yet.");
        refused(id, "close", close(), "Triage this case before closing it, so that its severity and owner are on record.");
        refused(id, "reopen", Map.of("reason", "why not"), REOPEN_ONLY_CLOSED);
        refused(id, "police-updates", Map.of("status", "Investigating", "note", "n"),
                "This case has not been escalated to the police; escalate it before recording a police update.");
        refused(id, "triage", Map.of("severity", "LOW", "reason", "r", "allegationRoute", "LOW_LEVEL_CONCERN"),
                "The low-level concern and harm threshold routes are for allegations against staff or volunteers; "
                        + "this case has no staff or volunteer subject.");
    }

    @Test
    void anOpenTriagedCaseRefusesRepeatsAndStrangers() {
        JsonNode fresh = cases.logAndAwait(caseBody());
        String id = fresh.path("id").asText();
        String subject = fresh.path("people").get(1).path("personId").asText();
        accepted(id, "triage", Map.of("severity", "MEDIUM", "reason", "r"), DeadlineMet.class);

        refused(id, "reopen", Map.of("reason", "why not"), REOPEN_ONLY_CLOSED);
        refused(id, "assign", Map.of("ownerId", DSL_A), "This case is already assigned to dsl-a.");
        refused(id, "warnings", warning("someone-not-on-the-case"), "Only a person named on this case can be warned.");
        refused(id, "warnings/" + java.util.UUID.randomUUID() + "/response", Map.of("response", "COMPLIED"),
                "There is no such warning on this case, so no response can be recorded for it.");

        String warningId = accepted(id, "warnings", warning(subject), DeadlineSet.class).path("warningId").asText();
        accepted(id, "warnings/" + warningId + "/response", Map.of("response", "REFUSED"), DeadlineMet.class);
        refused(id, "warnings/" + warningId + "/response", Map.of("response", "COMPLIED"),
                "A response to this warning has already been recorded.");

        accepted(id, "police-escalation", escalation());
        refused(id, "police-escalation", escalation(),
                "This case has already been escalated to the police; record an update instead.");
    }

    @Test
    void anAllegationOnTheHarmThresholdNeedsTheLadoBeforeClosingAndCannotBeLowered() {
        Map<String, Object> body = caseBody();
        body.put("category", "INAPPROPRIATE_CONTACT");
        body.put("people", List.of(Map.of("name", "Mr Teacher", "role", "STAFF", "involvement", "SUBJECT"),
                Map.of("name", "Pupil Two", "role", "PUPIL", "involvement", "TARGET")));
        String id = cases.logAndAwait(body).path("id").asText();
        // the first response is met, and the LADO referral is due
        accepted(id, "triage", Map.of("severity", "CRITICAL", "reason", "r", "allegationRoute", "HARM_THRESHOLD"),
                DeadlineMet.class, DeadlineSet.class);

        refused(id, "close", close(),
                "This allegation meets the harm threshold; record the referral to the LADO before closing the case.");
        refused(id, "triage", Map.of("severity", "HIGH", "reason", "r", "allegationRoute", "LOW_LEVEL_CONCERN"),
                "This allegation has been assessed as meeting the harm threshold; a later triage cannot lower it.");

        // the LADO referral is met, and the agency's acknowledgement is due
        accepted(id, "referrals", Map.of("agency", "LADO", "reason", "Harm threshold met."),
                DeadlineMet.class, DeadlineSet.class);
        // an acknowledgement cannot come on a closed case, so its follow-up is cancelled; the retention review is
        // set (decision 0052)
        accepted(id, "close", close(), DeadlineCancelled.class, RetentionScheduled.class, DeadlineSet.class);
    }

    @Test
    void aClosedCaseRefusesEverythingButReopen() {
        JsonNode fresh = cases.logAndAwait(caseBody());
        String id = fresh.path("id").asText();
        String subject = fresh.path("people").get(1).path("personId").asText();
        accepted(id, "triage", Map.of("severity", "LOW", "reason", "r"), DeadlineMet.class);
        String warningId = accepted(id, "warnings", warning(subject), DeadlineSet.class).path("warningId").asText();
        // the close settles the warning's response deadline: nothing is missed on a closed case (decision 0044)
        accepted(id, "close", close(), DeadlineCancelled.class, RetentionScheduled.class, DeadlineSet.class);

        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("description", "Screenshot");
        evidence.put("sha256", SHA);
        evidence.put("capturedAt", Instant.now().minusSeconds(60).toString());
        refused(id, "triage", Map.of("severity", "LOW", "reason", "r"), "This case is closed; reopen it before triaging it.");
        refused(id, "assign", Map.of("ownerId", DEPUTY_A), "This case is closed; reopen it before assigning it.");
        refused(id, "content-actions", Map.of("action", "POST_HIDDEN"),
                "This case is closed; reopen it before recording an action on the content.");
        refused(id, "notes", Map.of("text", "n"), "This case is closed; reopen it before adding a note.");
        refused(id, "evidence", evidence, "This case is closed; reopen it before recording evidence.");
        refused(id, "warnings", warning(subject), "This case is closed; reopen it before issuing a warning.");
        refused(id, "warnings/" + warningId + "/response", Map.of("response", "COMPLIED"),
                "This case is closed; reopen it before recording a response to a warning.");
        refused(id, "police-escalation", escalation(), "This case is closed; reopen it before escalating it to the police.");
        refused(id, "police-updates", Map.of("status", "s", "note", "n"),
                "This case is closed; reopen it before recording a police update.");
        refused(id, "referrals", Map.of("agency", "CEOP", "reason", "r"),
                "This case is closed; reopen it before referring it to another agency.");
        refused(id, "close", close(), "This case is already closed.");

        accepted(id, "reopen", Map.of("reason", "New posts."), DeadlineCancelled.class); // its retention review
    }

    /** 409 with exactly this sentence, and the case as it was. */
    private void refused(String id, String action, Map<String, ?> body, String sentence) {
        long before = cases.storedVersion(id);
        JsonNode page = cases.awaitVersion(DSL_A, id, before);
        int chronology = storedChronologyEntries(id);
        assertThat(cases.awaitChronology(DSL_A, id, chronology)).hasSize(chronology);

        JsonNode problem = assertProblem(api.post(DSL_A, "/api/incidents/" + id + "/" + action, body), 409);
        assertThat(problem.path("detail").asText()).as(action).isEqualTo(sentence);

        assertThat(cases.storedVersion(id)).as("events after refused %s", action).isEqualTo(before);
        sleep(50); // give a wrongly stored event the chance to reach the read model
        assertThat(api.get(DSL_A, "/api/incidents/" + id).json().path("version").asLong())
                .isEqualTo(page.path("version").asLong());
        assertThat(api.get(DSL_A, "/api/incidents/" + id + "/chronology").json()).hasSize(chronology);
    }

    /**
     * 201 or 204, having stored one domain event and then exactly these deadline events; waits for the case page
     * to show the new version. Answers the body of a 201 (null for a 204).
     */
    private JsonNode accepted(String id, String action, Map<String, ?> body, Class<?>... deadlineEvents) {
        long before = cases.storedVersion(id);
        Reply reply = api.post(DSL_A, "/api/incidents/" + id + "/" + action, body);
        assertThat(reply.status()).as("%s: %s", action, reply).isIn(201, 204);

        List<Object> stored = eventStore.readEvents(id, before + 1).asStream()
                .map(e -> (Object) e.getPayload()).toList();
        assertThat(stored).as("events stored by %s", action).hasSize(1 + deadlineEvents.length);
        assertThat(stored.get(0)).as("%s stores its domain event first", action).isNotInstanceOf(DeadlineEvent.class);
        assertThat(stored.subList(1, stored.size()).stream().map(Object::getClass).toList())
                .as("deadline events of %s", action).containsExactly(deadlineEvents);

        long versionAfter = before + 1 + deadlineEvents.length;
        assertThat(cases.awaitVersion(DSL_A, id, versionAfter).path("version").asLong()).isEqualTo(versionAfter);
        return reply.status() == 201 ? reply.json() : null;
    }

    /**
     * The chronology entries the stored events make: every domain event and every missed deadline, but not the
     * deadline bookkeeping (set, met, cancelled), which only the deadline board shows.
     */
    private int storedChronologyEntries(String id) {
        return (int) eventStore.readEvents(id).asStream().map(DomainEventMessage::getPayload)
                // a missed deadline and one settled (decision 0044) are lines of the chronology too
                .filter(p -> !(p instanceof DeadlineEvent) || p instanceof DeadlineMissed
                        || p instanceof DeadlineCancelled)
                .count();
    }

    private static Map<String, Object> warning(String personId) {
        return Map.of("personId", personId, "kind", "WRITTEN", "channel", "LETTER", "text", "Stop posting.");
    }

    private static Map<String, Object> close() {
        return Map.of("outcome", "NO_FURTHER_ACTION", "rationale", "Resolved.");
    }

    private static Map<String, Object> escalation() {
        return Map.of("reason", "THREATS_OF_VIOLENCE", "force", "Kent Police");
    }
}
