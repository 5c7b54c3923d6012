package uk.tidemark.app.ops;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.tidemark.app.fixture.ApiClient;
import uk.tidemark.app.fixture.ApiClient.Reply;
import uk.tidemark.app.fixture.CaseFixture;
import uk.tidemark.app.fixture.RunningApp;
import uk.tidemark.kernel.report.Quarter;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.app.fixture.ApiClient.assertProblem;
import static uk.tidemark.app.fixture.CaseFixture.caseBody;
import static uk.tidemark.app.fixture.TestAccounts.*;

/** The read models are rebuilt from zero on an administrator's request and converge to the same state. */
@RunningApp
class ProjectionRebuildTest {

    @Autowired
    ApiClient api;
    @Autowired
    CaseFixture cases;

    @Test
    void rebuildingTheIncidentProjectionsReproducesEveryCaseAndChronology() throws Exception {
        String id = cases.logAndAwait(caseBody()).path("id").asText();
        assertThat(api.post(DSL_A, "/api/incidents/" + id + "/triage", Map.of("severity", "HIGH", "reason", "r")).status())
                .isEqualTo(204);
        assertThat(api.post(DSL_A, "/api/incidents/" + id + "/notes", Map.of("text", "spoke to the class teacher"))
                .status()).isEqualTo(201);
        // logged (+ first-response deadline), triaged (+ deadline met), a note: version 4 once caught up
        JsonNode before = cases.awaitVersion(DSL_A, id, 4);
        JsonNode chronologyBefore = api.get(DSL_A, "/api/incidents/" + id + "/chronology").json();

        Reply rebuild = api.post(ADMIN, "/api/admin/projections/incidents/rebuild", Map.of());
        assertThat(rebuild.status()).isEqualTo(202);
        assertThat(rebuild.json().path("name").asText()).isEqualTo("incidents");

        // the rebuilt page passes through every earlier version: wait for the one it had
        JsonNode after = cases.awaitVersion(DSL_A, id, before.path("version").asLong());
        assertThat(after).isEqualTo(before);
        assertThat(api.get(DSL_A, "/api/incidents/" + id + "/chronology").json()).isEqualTo(chronologyBefore);
        assertThat(api.get(ADMIN, "/api/admin/projections").json().findValuesAsText("name")).contains("incidents");
    }

    @Test
    void rebuildingTheHrComplaintDeadlineAndPublishedReportViewsReproducesThem() {
        String incident = cases.logAndAwait(caseBody()).path("id").asText();
        Reply opened = api.post(HR, "/api/disciplinary-cases", Map.of("settingId", SETTING_A, "employeeName",
                "Casey Clerk", "teacher", false, "concernsHarmToChildren", false, "allegation", "A public post."));
        assertThat(opened.status()).isEqualTo(201);
        String hrCase = opened.json().path("id").asText();
        assertThat(api.post(HR, "/api/disciplinary-cases/" + hrCase + "/investigator", Map.of("investigator", "Deputy"))
                .status()).isEqualTo(204);
        Reply received = api.post(DSL_A, "/api/complaints", Map.of("channel", "EMAIL", "complainant", "A Parent",
                "summary", "About a post."));
        assertThat(received.status()).isEqualTo(201);
        String complaint = received.json().path("id").asText();
        assertThat(api.send(DSL_A, "POST", "/api/complaints/" + complaint + "/acknowledgement", null, null, null)
                .status()).isEqualTo(204);

        Quarter last = Quarter.containing(Instant.now()).previous();
        Reply published = api.post(DSL_A, "/api/reports/quarterly/publications", Map.of("year", last.year(),
                "quarter", last.quarter(), "narrative", "A quiet quarter."));
        assertThat(published.status()).isEqualTo(201);

        // issue 18: a policy in the registers, acknowledged by one of those asked
        String policy = api.post(HEAD_A, "/api/policies", Map.of("title", "Social media policy", "text", "Read this.",
                "effectiveFrom", "2026-09-01", "roles", List.of("STAFF"))).json().path("ids").get(0).asText();
        cases.awaitGet(STAFF_A, "/api/policies/" + policy, r -> r.status() == 200, "the policy");
        assertThat(api.post(STAFF_A, "/api/policies/" + policy + "/acknowledgement", Map.of("version", 1)).status())
                .isEqualTo(204);

        Map<String, String> views = Map.of(
                "hr-register", "/api/disciplinary-cases/" + hrCase,
                "complaints-register", "/api/complaints/" + complaint,
                "deadline-board", "/api/deadlines",
                "report-publications", "/api/reports/quarterly/publications/" + published.json().path("id").asText(),
                "registers", "/api/policies/" + policy);
        Map<String, String> readers = Map.of("hr-register", HR, "complaints-register", DSL_A, "deadline-board",
                HEAD_A, "report-publications", TRUSTEE, "registers", HEAD_A);
        // settled: every view shows the last command's effect
        cases.awaitGet(HR, views.get("hr-register"), r -> r.status() == 200
                && r.json().path("stage").asText().equals("INVESTIGATION"), "the HR case");
        cases.awaitGet(DSL_A, views.get("complaints-register"), r -> r.status() == 200
                && r.json().path("stage").asText().equals("ACKNOWLEDGED"), "the complaint");
        cases.awaitGet(HEAD_A, "/api/policies/" + policy, r -> r.status() == 200
                && r.json().path("acknowledgedBy").size() == 1, "the acknowledged policy");
        cases.awaitGet(HEAD_A, "/api/deadlines", r -> r.raw().body().contains(incident)
                && r.raw().body().contains("\"MET\""), "the deadlines");

        for (String name : views.keySet()) {
            String before = api.get(readers.get(name), views.get(name)).raw().body();
            Reply rebuild = api.post(ADMIN, "/api/admin/projections/" + name + "/rebuild", Map.of());
            assertThat(rebuild.status()).as(name).isEqualTo(202);
            cases.awaitGet(readers.get(name), views.get(name), r -> r.raw().body().equals(before), name + " rebuilt");
        }
        // the notifier and the referral policy act on the world; they are never replayed
        assertProblem(api.post(ADMIN, "/api/admin/projections/notifications/rebuild", Map.of()), 404);
        assertProblem(api.post(ADMIN, "/api/admin/projections/referrals/rebuild", Map.of()), 404);
    }

    @Test
    void onlyAdministratorsMayRebuildAndAnUnknownProcessorIsA404() {
        assertProblem(api.post(DSL_A, "/api/admin/projections/incidents/rebuild", Map.of()), 403);
        assertProblem(api.post(ADMIN, "/api/admin/projections/nothing/rebuild", Map.of()), 404);
    }
}
