package uk.tidemark.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.tidemark.app.fixture.ApiClient;
import uk.tidemark.app.fixture.ApiClient.Reply;
import uk.tidemark.app.fixture.CaseFixture;
import uk.tidemark.app.fixture.RunningApp;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.app.fixture.ApiClient.assertProblem;
import static uk.tidemark.app.fixture.ApiClient.write;
import static uk.tidemark.app.fixture.CaseFixture.caseBody;
import static uk.tidemark.app.fixture.TestAccounts.*;

/** The API's outline: the OpenAPI document, and problem details for the protocol errors too. */
@RunningApp
class ApiSurfaceTest {

    @Autowired
    ApiClient api;
    @Autowired
    CaseFixture cases;

    @Test
    void theOpenApiDocumentListsTheIncidentEndpoints() {
        Reply docs = api.send(null, "GET", "/v3/api-docs", null, null, null);
        assertThat(docs.status()).isEqualTo(200);
        JsonNode paths = docs.json().path("paths");
        List<String> actions = List.of("triage", "assign", "content-actions", "notes", "evidence", "warnings",
                "police-escalation", "police-updates", "referrals", "disciplinary-referral", "complaint-referral", "close",
                "reopen");
        assertThat(paths.has("/api/incidents")).isTrue();
        assertThat(paths.path("/api/incidents").has("get")).isTrue();
        assertThat(paths.path("/api/incidents").has("post")).isTrue();
        assertThat(paths.path("/api/incidents/{id}").has("get")).isTrue();
        assertThat(paths.path("/api/incidents/{id}/chronology").has("get")).isTrue();
        for (String action : actions) {
            assertThat(paths.path("/api/incidents/{id}/" + action).has("post")).as(action).isTrue();
        }
        assertThat(paths.path("/api/incidents/{id}/warnings/{warningId}/response").has("post")).isTrue();
        assertThat(paths.path("/api/incidents/{id}/referrals/{referralId}/acknowledgement").has("post")).isTrue();
        for (String action : List.of("investigator", "findings", "hearing-invitation", "hearing", "outcome", "appeal",
                "appeal-decision", "resignation", "barring-referral-decision", "close", "letters/{hrLetter}")) {
            assertThat(paths.path("/api/disciplinary-cases/{id}/" + action).has("post")).as(action).isTrue();
        }
        for (String action : List.of("acknowledgement", "informal-resolution", "formal-stage", "formal-response",
                "panel-request", "panel-hearing-date", "panel-hearing", "panel-decision", "close", "withdrawal",
                "letters/{complaintLetter}")) {
            assertThat(paths.path("/api/complaints/{id}/" + action).has("post")).as(action).isTrue();
        }
        assertThat(paths.path("/api/disciplinary-cases").has("post")).isTrue();
        assertThat(paths.path("/api/complaints").has("post")).isTrue();
        // the signed-in user is not a parameter a client could fill in
        assertThat(docs.raw().body()).doesNotContain("TidemarkUser");
        // the only parameter of a create is the client's own Idempotency-Key header (decision 0029)
        JsonNode logParameters = paths.path("/api/incidents").path("post").path("parameters");
        assertThat(logParameters.findValuesAsText("name")).containsExactly("Idempotency-Key");
        assertThat(logParameters.path(0).path("in").asText()).isEqualTo("header");
        assertThat(paths.path("/api/admin/users").path("post").path("parameters").findValuesAsText("name"))
                .as("never on the accounts, whose answers carry one-time passwords").doesNotContain("Idempotency-Key");
    }

    @Test
    void anUnknownRouteIsA404Problem() {
        assertProblem(api.get(DSL_A, "/api/nothing-here"), 404);
        String id = UUID.randomUUID().toString();
        // an action on an unknown case, with a valid body, is the same 404 as an unknown route's
        assertProblem(api.post(DSL_A, "/api/incidents/" + id + "/complaint-referral",
                Map.of("channel", "EMAIL", "complainant", "A parent", "summary", "About the post")), 404);
    }

    @Test
    void anAddressTheFirewallRejectsIsA400Problem() {
        assertProblem(api.get(DSL_A, "/api/incidents/%2e%2e/secret"), 400);
        assertProblem(api.get(DSL_A, "/api/incidents/a%2Fb"), 400);
    }

    @Test
    void aWrongMethodIsA405Problem() {
        Reply reply = api.send(DSL_A, "DELETE", "/api/incidents/" + UUID.randomUUID(), null, null, null);
        assertProblem(reply, 405);
        assertThat(reply.header("Allow")).contains("GET");
        assertProblem(api.send(DSL_A, "PUT", "/api/incidents", "{}", null, "application/json"), 405);
    }

    @Test
    void aBodyThatIsNotJsonIsA415Problem() {
        long events = cases.storedEventCount();
        assertProblem(api.send(DSL_A, "POST", "/api/incidents", "category=OTHER", null,
                "application/x-www-form-urlencoded"), 415);
        assertProblem(api.send(DSL_A, "POST", "/api/incidents", write(caseBody()), null, "text/plain"), 415);
        // YAML would be read by a lenient mapper that ignores unknown fields such as a reporter
        String yaml = "category: OTHER\nplatform: X\noccurredAt: 2025-01-01T00:00:00Z\nsummary: s\n"
                + "immediateRisk: false\nreportedBy: someone-else\n";
        assertProblem(api.send(DSL_A, "POST", "/api/incidents", yaml, null, "application/yaml"), 415);
        assertThat(cases.storedEventCount()).isEqualTo(events);
    }

    @Test
    void meStillAnswers() {
        Reply me = api.get(DSL_A, "/api/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().path("username").asText()).isEqualTo(DSL_A);
    }
}
