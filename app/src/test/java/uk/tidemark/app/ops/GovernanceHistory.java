package uk.tidemark.app.ops;

import com.fasterxml.jackson.databind.JsonNode;
import uk.tidemark.app.fixture.ApiClient;
import uk.tidemark.app.fixture.ApiClient.Reply;
import uk.tidemark.app.fixture.CaseFixture;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.app.fixture.CaseFixture.caseBody;
import static uk.tidemark.app.fixture.TestAccounts.*;

/**
 * Issue 19 lived in, for the rebuild tests: a case kept longer and held, one destroyed by two leads (its read models
 * made again from its erased events), and a subject access request reviewed with a passage marked, so that a rebuild
 * from zero meets every records-governance event, the erasure included.
 */
final class GovernanceHistory {

    private final ApiClient api;
    private final CaseFixture cases;

    GovernanceHistory(ApiClient api, CaseFixture cases) {
        this.api = api;
        this.cases = cases;
    }

    void live() {
        String kept = closedCase("Robin Keepwell");
        ok(api.post(DSL_A, "/api/incidents/" + kept + "/retention", Map.of("until",
                LocalDate.now(ZoneId.of("Europe/London")).plusYears(12).toString(), "reason", "A claim is expected")));
        ok(api.post(DSL_A, "/api/incidents/" + kept + "/legal-hold", Map.of("reason", "Solicitor's letter")));

        String erased = closedCase("Alex Erasewell");
        ok(api.post(DSL_A, "/api/incidents/" + erased + "/destruction", Map.of("reason", "Review: nothing to keep")));
        // confirmed the moment after it is asked: the case, not its read model, knows the ground asked on
        ok(api.post(HEAD_A, "/api/incidents/" + erased + "/destruction/confirmation", Map.of()));
        cases.awaitGet(DSL_A, "/api/incidents/" + erased, r -> r.raw().body().contains("Erased on"), "the erasure");

        String named = closedCase("Sam Askwell");
        JsonNode page = cases.awaitVersion(DSL_A, named, 0);
        String pupil = page.path("people").path(0).path("personId").asText();
        String request = ok(api.post(DSL_A, "/api/subject-access-requests", Map.of("personId", pupil, "receivedOn",
                LocalDate.now(ZoneId.of("Europe/London")).toString(), "requester", "Sam's mother")))
                .json().path("id").asText();
        String path = "/api/subject-access-requests/" + request;
        cases.awaitGet(DSL_A, path, r -> r.status() == 200, "the request");
        ok(api.post(DSL_A, path + "/review", Map.of()));
    }

    private String closedCase(String name) {
        Map<String, Object> body = new LinkedHashMap<>(caseBody());
        body.put("people", List.of(Map.of("name", name, "role", "PUPIL", "involvement", "TARGET")));
        String id = cases.logAndAwait(body).path("id").asText();
        ok(api.post(DSL_A, "/api/incidents/" + id + "/triage", Map.of("severity", "LOW", "reason", "Minor")));
        ok(api.post(DSL_A, "/api/incidents/" + id + "/close", Map.of("outcome", "RESOLVED_INFORMALLY",
                "rationale", "An apology was made")));
        cases.awaitVersion(DSL_A, id, cases.storedVersion(id));
        return id;
    }

    private static Reply ok(Reply reply) {
        assertThat(reply.status() / 100).as("2xx: %s", reply).isEqualTo(2);
        return reply;
    }
}
