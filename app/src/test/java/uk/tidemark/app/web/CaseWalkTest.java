package uk.tidemark.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A case from logging to closing, reopening and closing again, one HTTP action at a time; after each, the case
 * page and the chronology must show it within a second. Also: the If-Match / ETag round trip.
 */
class CaseWalkTest extends ApiTestSupport {

    private static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    private String id;
    private long version;

    @Test
    void aCaseWalksFromLoggedToClosedReopenedAndClosedAgain() {
        // settingId left out: DSL_A belongs to one setting
        id = logCase(DSL_A, caseBody());
        JsonNode logged = awaitVersion(DSL_A, id, 0);
        assertThat(logged.path("settingId").asText()).isEqualTo(SETTING_A);
        assertThat(logged.path("status").asText()).isEqualTo("OPEN");
        assertThat(logged.path("stage").asText()).isEqualTo("NEW");
        assertThat(logged.path("reportedBy").asText()).isEqualTo(DSL_A);
        assertThat(logged.path("people")).hasSize(2);
        assertThat(logged.path("people").get(1).path("personId").asText()).isNotBlank();
        assertThat(logged.path("people").get(1).path("role").asText()).isEqualTo("MEMBER_OF_PUBLIC");
        assertChronologyEndsWith(1, "INCIDENT_LOGGED");
        String subject = logged.path("people").get(1).path("personId").asText();

        step("triage", Map.of("severity", "HIGH", "reason", "Repeated, public, targeted."), 204, "INCIDENT_TRIAGED",
                c -> {
                    assertThat(c.path("stage").asText()).isEqualTo("TRIAGED");
                    assertThat(c.path("severity").asText()).isEqualTo("HIGH");
                    assertThat(c.path("ownerId").asText()).isEqualTo(DSL_A);
                });
        step("assign", Map.of("ownerId", DEPUTY_A, "reason", "Deputy leads this week."), 204, "INCIDENT_ASSIGNED",
                c -> assertThat(c.path("ownerId").asText()).isEqualTo(DEPUTY_A));
        String actionId = step("content-actions", Map.of("action", "REPORTED_TO_PLATFORM", "reference", "IG-77"),
                201, "CONTENT_ACTION_RECORDED",
                c -> assertThat(c.path("stage").asText()).isEqualTo("ACTION_TAKEN")).path("id").asText();
        assertThat(current().path("contentActions").get(0).path("id").asText()).isEqualTo(actionId);
        step("notes", Map.of("text", "Spoke to the pupil's parent."), 201, "NOTE_ADDED",
                c -> assertThat(c.path("notes").get(0).path("text").asText()).isEqualTo("Spoke to the pupil's parent."));
        step("evidence", Map.of("description", "Screenshot of the comments", "sha256", SHA,
                        "capturedAt", Instant.now().minus(1, ChronoUnit.HOURS).toString(),
                        "url", "https://instagram.example/p/123"), 201, "EVIDENCE_RECORDED",
                c -> assertThat(c.path("evidence").get(0).path("sha256").asText()).isEqualTo(SHA));
        String warningId = step("warnings", Map.of("personId", subject, "kind", "REMOVAL_REQUEST",
                        "channel", "PLATFORM_MESSAGE", "text", "Please remove the comments.",
                        "responseDueBy", LocalDate.now().plusDays(7).toString()), 201, "WARNING_ISSUED",
                c -> {
                    assertThat(c.path("warnings").get(0).path("personId").asText()).isEqualTo(subject);
                    assertThat(c.path("warnings").get(0).path("kind").asText()).isEqualTo("REMOVAL_REQUEST");
                    assertThat(c.path("warnings").get(0).path("response").isNull()).isTrue();
                }).path("warningId").asText();
        assertThat(current().path("warnings").get(0).path("warningId").asText()).isEqualTo(warningId);
        step("warnings/" + warningId + "/response", Map.of("response", "COMPLIED", "note", "Removed."), 204,
                "WARNING_RESPONSE_RECORDED",
                c -> assertThat(c.path("warnings").get(0).path("response").asText()).isEqualTo("COMPLIED"));
        step("police-escalation", Map.of("reason", "HARASSMENT", "force", "Thames Valley Police"), 201,
                "ESCALATED_TO_POLICE", c -> {
                    assertThat(c.path("stage").asText()).isEqualTo("ESCALATED");
                    assertThat(c.path("police").path("reason").asText()).isEqualTo("HARASSMENT");
                });
        step("police-updates", Map.of("status", "Investigating", "note", "Officer assigned.",
                        "crimeReference", "TVP-2025-1"), 201, "POLICE_UPDATE_RECORDED",
                c -> assertThat(c.path("police").path("updates").get(0).path("status").asText()).isEqualTo("Investigating"));
        step("referrals", Map.of("agency", "CHILDRENS_SOCIAL_CARE", "reason", "Family support needed."), 201,
                "REFERRED_TO_AGENCY",
                c -> assertThat(c.path("referrals").get(0).path("agency").asText()).isEqualTo("CHILDRENS_SOCIAL_CARE"));
        step("close", Map.of("outcome", "CONTENT_REMOVED", "rationale", "Removed; police dealing."), 204,
                "INCIDENT_CLOSED", c -> {
                    assertThat(c.path("status").asText()).isEqualTo("CLOSED");
                    assertThat(c.path("stage").asText()).isEqualTo("CLOSED");
                    assertThat(c.path("outcome").asText()).isEqualTo("CONTENT_REMOVED");
                });
        step("reopen", Map.of("reason", "The comments are back."), 204, "INCIDENT_REOPENED", c -> {
            assertThat(c.path("status").asText()).isEqualTo("OPEN");
            assertThat(c.path("stage").asText()).isEqualTo("ESCALATED");
        });
        step("close", Map.of("outcome", "POLICE_ACTION", "rationale", "Police charged the account holder."), 204,
                "INCIDENT_CLOSED", c -> assertThat(c.path("outcome").asText()).isEqualTo("POLICE_ACTION"));

        JsonNode chronology = awaitChronology(DSL_A, id, 14);
        assertThat(chronology).hasSize(14);
        assertThat(chronology.get(0).path("type").asText()).isEqualTo("INCIDENT_LOGGED");
        for (int i = 1; i < chronology.size(); i++) {
            assertThat(Instant.parse(chronology.get(i).path("at").asText()))
                    .isAfterOrEqualTo(Instant.parse(chronology.get(i - 1).path("at").asText()));
            assertThat(chronology.get(i).path("actor").asText()).isEqualTo(DSL_A);
            assertThat(chronology.get(i).path("summary").asText()).isNotBlank();
        }
    }

    @Test
    void theETagIsTheVersionAndAStaleIfMatchIsAConflictThatChangesNothing() {
        String caseId = logCase(DSL_A, caseBody());
        awaitVersion(DSL_A, caseId, 0);
        Reply page = get(DSL_A, "/api/incidents/" + caseId);
        assertThat(page.header("ETag")).isEqualTo("\"0\"");

        Reply fresh = post(DSL_A, "/api/incidents/" + caseId + "/notes", Map.of("text", "first"), "\"0\"");
        assertThat(fresh.status()).as("%s", fresh).isEqualTo(201);
        assertThat(awaitVersion(DSL_A, caseId, 1).path("version").asLong()).isEqualTo(1);
        assertThat(get(DSL_A, "/api/incidents/" + caseId).header("ETag")).isEqualTo("\"1\"");

        for (String stale : new String[]{"\"0\"", "0", "\"7\""}) {
            Reply conflict = post(DSL_A, "/api/incidents/" + caseId + "/notes", Map.of("text", "again"), stale);
            JsonNode problem = assertProblem(conflict, 409);
            assertThat(problem.path("detail").asText())
                    .isEqualTo("This case has changed since you loaded it; reload and try again.");
            assertThat(storedVersion(caseId)).isEqualTo(1);
        }
        Reply staleClose = post(DSL_A, "/api/incidents/" + caseId + "/triage",
                Map.of("severity", "LOW", "reason", "x"), "\"0\"");
        assertProblem(staleClose, 409);
        assertThat(storedVersion(caseId)).isEqualTo(1);

        // a bare version and * are accepted too
        assertThat(post(DSL_A, "/api/incidents/" + caseId + "/notes", Map.of("text", "bare"), "1").status()).isEqualTo(201);
        assertThat(post(DSL_A, "/api/incidents/" + caseId + "/notes", Map.of("text", "any"), "*").status()).isEqualTo(201);
        assertThat(storedVersion(caseId)).isEqualTo(3);
        assertThat(awaitVersion(DSL_A, caseId, 3).path("notes")).hasSize(3);
    }

    /** Posts one action, checks its answer, then waits for the case page and chronology to show it. */
    private JsonNode step(String action, Map<String, Object> body, int status, String eventType,
                          Consumer<JsonNode> caseCheck) {
        Reply reply = post(DSL_A, "/api/incidents/" + id + "/" + action, body, "\"" + version + "\"");
        assertThat(reply.status()).as("%s: %s", action, reply).isEqualTo(status);
        if (status == 201) {
            assertThat(reply.json().fields().next().getValue().asText()).isNotBlank();
        } else {
            assertThat(reply.raw().body()).isEmpty();
        }
        version++;
        JsonNode c = awaitVersion(DSL_A, id, version);
        assertThat(c.path("version").asLong()).isEqualTo(version);
        caseCheck.accept(c);
        assertChronologyEndsWith((int) version + 1, eventType);
        return status == 201 ? reply.json() : null;
    }

    private JsonNode current() {
        return get(DSL_A, "/api/incidents/" + id).json();
    }

    private void assertChronologyEndsWith(int size, String type) {
        JsonNode chronology = awaitChronology(DSL_A, id, size);
        assertThat(chronology).hasSize(size);
        JsonNode last = chronology.get(size - 1);
        assertThat(last.path("type").asText()).isEqualTo(type);
        assertThat(last.path("actor").asText()).isEqualTo(DSL_A);
        assertThat(last.path("at").asText()).isNotBlank();
        assertThat(last.path("summary").asText()).isNotBlank();
    }
}
