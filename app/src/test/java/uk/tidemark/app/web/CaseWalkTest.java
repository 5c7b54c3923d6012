package uk.tidemark.app.web;

import com.fasterxml.jackson.databind.JsonNode;
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
import uk.tidemark.kernel.deadline.event.DeadlineSet;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import uk.tidemark.kernel.incident.event.RetentionScheduled;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.app.fixture.ApiClient.assertProblem;
import static uk.tidemark.app.fixture.CaseFixture.caseBody;
import static uk.tidemark.app.fixture.TestAccounts.*;

/**
 * A case from logging to closing, reopening and closing again, one HTTP action at a time; after each, the case
 * page and the chronology must show it within a second. Also: the If-Match / ETag round trip.
 *
 * <p>A case's version counts every event in its stream, the deadline events too (decision 0010): logging stores
 * IncidentLogged and DeadlineSet(FIRST_RESPONSE), so a new case is at version 1, and each step below names the
 * deadline events it stores after its own. The chronology has one entry per step; its sequences are those of the
 * domain events, so they skip the deadline events.
 */
@RunningApp
class CaseWalkTest {

    private static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    @Autowired
    ApiClient api;
    @Autowired
    CaseFixture cases;
    @Autowired
    EventStore eventStore;

    private String id;
    private long version;
    private int chronologySize;

    @Test
    void aCaseWalksFromLoggedToClosedReopenedAndClosedAgain() {
        // settingId left out: DSL_A belongs to one setting
        id = cases.logCase(DSL_A, caseBody());
        assertStored(0, "IncidentLogged", DeadlineSet.class);
        version = 1;
        JsonNode logged = cases.awaitVersion(DSL_A, id, version);
        assertThat(logged.path("version").asLong()).isEqualTo(version);
        assertThat(api.get(DSL_A, "/api/incidents/" + id).header("ETag")).isEqualTo(etag(version));
        assertThat(logged.path("settingId").asText()).isEqualTo(SETTING_A);
        assertThat(logged.path("status").asText()).isEqualTo("OPEN");
        assertThat(logged.path("stage").asText()).isEqualTo("NEW");
        assertThat(logged.path("reportedBy").asText()).isEqualTo(DSL_A);
        assertThat(logged.path("people")).hasSize(2);
        assertThat(logged.path("people").get(1).path("personId").asText()).isNotBlank();
        assertThat(logged.path("people").get(1).path("role").asText()).isEqualTo("MEMBER_OF_PUBLIC");
        chronologySize = 1;
        assertChronologyEndsWith("INCIDENT_LOGGED", 0, 0);
        String subject = logged.path("people").get(1).path("personId").asText();

        step("triage", Map.of("severity", "HIGH", "reason", "Repeated, public, targeted."), 204, "INCIDENT_TRIAGED",
                List.of(DeadlineMet.class), c -> {
                    assertThat(c.path("stage").asText()).isEqualTo("TRIAGED");
                    assertThat(c.path("severity").asText()).isEqualTo("HIGH");
                    assertThat(c.path("ownerId").asText()).isEqualTo(DSL_A);
                });
        step("assign", Map.of("ownerId", DEPUTY_A, "reason", "Deputy leads this week."), 204, "INCIDENT_ASSIGNED",
                List.of(), c -> assertThat(c.path("ownerId").asText()).isEqualTo(DEPUTY_A));
        String actionId = step("content-actions", Map.of("action", "REPORTED_TO_PLATFORM", "reference", "IG-77"),
                201, "CONTENT_ACTION_RECORDED", List.of(),
                c -> assertThat(c.path("stage").asText()).isEqualTo("ACTION_TAKEN")).path("id").asText();
        assertThat(current().path("contentActions").get(0).path("id").asText()).isEqualTo(actionId);
        step("notes", Map.of("text", "Spoke to the pupil's parent."), 201, "NOTE_ADDED", List.of(),
                c -> assertThat(c.path("notes").get(0).path("text").asText()).isEqualTo("Spoke to the pupil's parent."));
        step("evidence", Map.of("description", "Screenshot of the comments", "sha256", SHA,
                        "capturedAt", Instant.now().minus(1, ChronoUnit.HOURS).toString(),
                        "url", "https://instagram.example/p/123"), 201, "EVIDENCE_RECORDED", List.of(),
                c -> assertThat(c.path("evidence").get(0).path("sha256").asText()).isEqualTo(SHA));
        String warningId = step("warnings", Map.of("personId", subject, "kind", "REMOVAL_REQUEST",
                        "channel", "PLATFORM_MESSAGE", "text", "Please remove the comments.",
                        "responseDueBy", LocalDate.now().plusDays(7).toString()), 201, "WARNING_ISSUED",
                List.of(DeadlineSet.class), c -> {
                    assertThat(c.path("warnings").get(0).path("personId").asText()).isEqualTo(subject);
                    assertThat(c.path("warnings").get(0).path("kind").asText()).isEqualTo("REMOVAL_REQUEST");
                    assertThat(c.path("warnings").get(0).path("response").isNull()).isTrue();
                }).path("warningId").asText();
        assertThat(current().path("warnings").get(0).path("warningId").asText()).isEqualTo(warningId);
        step("warnings/" + warningId + "/response", Map.of("response", "COMPLIED", "note", "Removed."), 204,
                "WARNING_RESPONSE_RECORDED", List.of(DeadlineMet.class),
                c -> assertThat(c.path("warnings").get(0).path("response").asText()).isEqualTo("COMPLIED"));
        step("police-escalation", Map.of("reason", "HARASSMENT", "force", "Thames Valley Police"), 201,
                "ESCALATED_TO_POLICE", List.of(), c -> {
                    assertThat(c.path("stage").asText()).isEqualTo("ESCALATED");
                    assertThat(c.path("police").path("reason").asText()).isEqualTo("HARASSMENT");
                });
        step("police-updates", Map.of("status", "Investigating", "note", "Officer assigned.",
                        "crimeReference", "TVP-2025-1"), 201, "POLICE_UPDATE_RECORDED", List.of(),
                c -> assertThat(c.path("police").path("updates").get(0).path("status").asText()).isEqualTo("Investigating"));
        step("referrals", Map.of("agency", "CHILDRENS_SOCIAL_CARE", "reason", "Family support needed."), 201,
                "REFERRED_TO_AGENCY", List.of(DeadlineSet.class),
                c -> assertThat(c.path("referrals").get(0).path("agency").asText()).isEqualTo("CHILDRENS_SOCIAL_CARE"));
        // the first response was met by the triage; the referral's follow-up cannot be met on a closed case
        step("close", Map.of("outcome", "CONTENT_REMOVED", "rationale", "Removed; police dealing."), 204,
                "INCIDENT_CLOSED", List.of(DeadlineCancelled.class, RetentionScheduled.class, DeadlineSet.class), c -> {
                    assertThat(c.path("status").asText()).isEqualTo("CLOSED");
                    assertThat(c.path("stage").asText()).isEqualTo("CLOSED");
                    assertThat(c.path("outcome").asText()).isEqualTo("CONTENT_REMOVED");
                });
        // reopening cancels the retention review (decision 0052)
        step("reopen", Map.of("reason", "The comments are back."), 204, "INCIDENT_REOPENED",
                List.of(DeadlineCancelled.class), c -> {
            assertThat(c.path("status").asText()).isEqualTo("OPEN");
            assertThat(c.path("stage").asText()).isEqualTo("ESCALATED");
        });
        step("close", Map.of("outcome", "POLICE_ACTION", "rationale", "Police charged the account holder."), 204,
                "INCIDENT_CLOSED", List.of(RetentionScheduled.class, DeadlineSet.class),
                c -> assertThat(c.path("outcome").asText()).isEqualTo("POLICE_ACTION"));
        assertThat(version).as("16 domain events and 9 deadline events, numbered from 0").isEqualTo(24);

        // 16 domain events, and the referral's follow-up settled by the first close (decision 0044)
        JsonNode chronology = cases.awaitChronology(DSL_A, id, 17);
        assertThat(chronology).hasSize(17);
        assertThat(chronology.findValuesAsText("type")).containsOnlyOnce("DEADLINE_SETTLED");
        assertThat(chronology.get(0).path("type").asText()).isEqualTo("INCIDENT_LOGGED");
        for (int i = 1; i < chronology.size(); i++) {
            assertThat(Instant.parse(chronology.get(i).path("at").asText()))
                    .isAfterOrEqualTo(Instant.parse(chronology.get(i - 1).path("at").asText()));
            assertThat(chronology.get(i).path("sequence").asLong())
                    .isGreaterThan(chronology.get(i - 1).path("sequence").asLong());
            assertThat(chronology.get(i).path("actor").asText()).isEqualTo(DSL_A);
            assertThat(chronology.get(i).path("summary").asText()).isNotBlank();
        }
    }

    @Test
    void theETagIsTheVersionAndAStaleIfMatchIsAConflictThatChangesNothing() {
        String caseId = cases.logCase(DSL_A, caseBody());
        // IncidentLogged (0), then DeadlineSet(FIRST_RESPONSE) (1)
        long logged = 1;
        assertThat(cases.storedVersion(caseId)).isEqualTo(logged);
        cases.awaitVersion(DSL_A, caseId, logged);
        Reply page = api.get(DSL_A, "/api/incidents/" + caseId);
        assertThat(page.header("ETag")).isEqualTo(etag(logged));
        assertThat(page.json().path("version").asLong()).isEqualTo(logged);

        // a note sets and meets no deadline: one event
        long noted = logged + 1;
        Reply fresh = api.post(DSL_A, "/api/incidents/" + caseId + "/notes", Map.of("text", "first"), page.header("ETag"));
        assertThat(fresh.status()).as("%s", fresh).isEqualTo(201);
        assertThat(cases.awaitVersion(DSL_A, caseId, noted).path("version").asLong()).isEqualTo(noted);
        assertThat(api.get(DSL_A, "/api/incidents/" + caseId).header("ETag")).isEqualTo(etag(noted));

        for (String stale : new String[]{etag(logged), String.valueOf(logged), etag(0), "\"7\""}) {
            Reply conflict = api.post(DSL_A, "/api/incidents/" + caseId + "/notes", Map.of("text", "again"), stale);
            JsonNode problem = assertProblem(conflict, 409);
            assertThat(problem.path("detail").asText())
                    .isEqualTo("This case has changed since you loaded it; reload and try again.");
            assertThat(cases.storedVersion(caseId)).isEqualTo(noted);
        }
        Reply staleClose = api.post(DSL_A, "/api/incidents/" + caseId + "/triage",
                Map.of("severity", "LOW", "reason", "x"), etag(logged));
        assertProblem(staleClose, 409);
        assertThat(cases.storedVersion(caseId)).isEqualTo(noted);

        // a bare version and * are accepted too
        assertThat(api.post(DSL_A, "/api/incidents/" + caseId + "/notes", Map.of("text", "bare"), String.valueOf(noted))
                .status()).isEqualTo(201);
        assertThat(api.post(DSL_A, "/api/incidents/" + caseId + "/notes", Map.of("text", "any"), "*").status()).isEqualTo(201);
        assertThat(cases.storedVersion(caseId)).isEqualTo(noted + 2);
        assertThat(cases.awaitVersion(DSL_A, caseId, noted + 2).path("notes")).hasSize(3);
    }

    /**
     * Posts one action with the current version as If-Match, checks its answer and the events it stored (its
     * domain event, then {@code deadlineEvents}), then waits for the case page, its ETag and the chronology to
     * show it.
     */
    private JsonNode step(String action, Map<String, Object> body, int status, String eventType,
                          List<Class<?>> deadlineEvents, Consumer<JsonNode> caseCheck) {
        Reply reply = api.post(DSL_A, "/api/incidents/" + id + "/" + action, body, etag(version));
        assertThat(reply.status()).as("%s: %s", action, reply).isEqualTo(status);
        if (status == 201) {
            assertThat(reply.json().fields().next().getValue().asText()).isNotBlank();
        } else {
            assertThat(reply.raw().body()).isEmpty();
        }
        long domainEvent = version + 1;
        assertStored(domainEvent, null, deadlineEvents.toArray(Class<?>[]::new));
        version = domainEvent + deadlineEvents.size();
        JsonNode c = cases.awaitVersion(DSL_A, id, version);
        assertThat(c.path("version").asLong()).isEqualTo(version);
        assertThat(api.get(DSL_A, "/api/incidents/" + id).header("ETag")).isEqualTo(etag(version));
        caseCheck.accept(c);
        // a deadline the step settles is a line of the chronology after its domain event's (decision 0044)
        // (a reopen's cancelled retention review is no line of it); a close's retention review is, after them
        int settled = action.equals("close")
                ? (int) deadlineEvents.stream().filter(DeadlineCancelled.class::equals).count() : 0;
        int scheduled = (int) deadlineEvents.stream().filter(RetentionScheduled.class::equals).count();
        chronologySize += 1 + settled + scheduled;
        assertChronologyEndsWith(eventType, domainEvent, settled + scheduled);
        return status == 201 ? reply.json() : null;
    }

    /**
     * The case's events from {@code from} on are exactly one domain event (of this type, if named) and then these
     * deadline events.
     */
    private void assertStored(long from, String domainEventType, Class<?>... deadlineEvents) {
        List<Object> stored = eventStore.readEvents(id, from).asStream().map(e -> (Object) e.getPayload()).toList();
        assertThat(stored).as("events from %d", from).hasSize(1 + deadlineEvents.length);
        assertThat(stored.get(0)).isNotInstanceOf(DeadlineEvent.class);
        if (domainEventType != null) {
            assertThat(stored.get(0).getClass().getSimpleName()).isEqualTo(domainEventType);
        }
        assertThat(stored.subList(1, stored.size()).stream().map(Object::getClass).toList())
                .as("deadline events (and a close's retention review) from %d", from).containsExactly(deadlineEvents);
    }

    private static String etag(long version) {
        return "\"" + version + "\"";
    }

    private JsonNode current() {
        return api.get(DSL_A, "/api/incidents/" + id).json();
    }

    /**
     * The chronology has the step's entries: {@code type}, at the sequence of its domain event, then one per deadline
     * it settled.
     */
    private void assertChronologyEndsWith(String type, long sequence, int settled) {
        JsonNode chronology = cases.awaitChronology(DSL_A, id, chronologySize);
        assertThat(chronology).hasSize(chronologySize);
        for (int i = chronologySize - settled; i < chronologySize; i++) {
            assertThat(chronology.get(i).path("type").asText()).isIn("DEADLINE_SETTLED", "RETENTION_SCHEDULED");
        }
        JsonNode last = chronology.get(chronologySize - 1 - settled);
        assertThat(last.path("type").asText()).isEqualTo(type);
        assertThat(last.path("sequence").asLong()).isEqualTo(sequence);
        assertThat(last.path("actor").asText()).isEqualTo(DSL_A);
        assertThat(last.path("at").asText()).isNotBlank();
        assertThat(last.path("summary").asText()).isNotBlank();
    }
}
