package uk.tidemark.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The read models are rebuilt from zero on an administrator's request and converge to the same state. */
class ProjectionRebuildTest extends ApiTestSupport {

    @Test
    void rebuildingTheIncidentProjectionsReproducesEveryCaseAndChronology() throws Exception {
        String id = logAndAwait(caseBody()).path("id").asText();
        assertThat(post(DSL_A, "/api/incidents/" + id + "/triage", Map.of("severity", "HIGH", "reason", "r")).status())
                .isEqualTo(204);
        assertThat(post(DSL_A, "/api/incidents/" + id + "/notes", Map.of("text", "spoke to the class teacher"))
                .status()).isEqualTo(201);
        JsonNode before = awaitVersion(DSL_A, id, 2);
        JsonNode chronologyBefore = get(DSL_A, "/api/incidents/" + id + "/chronology").json();

        Reply rebuild = post(ADMIN, "/api/admin/projections/incidents/rebuild", Map.of());
        assertThat(rebuild.status()).isEqualTo(202);
        assertThat(rebuild.json().path("name").asText()).isEqualTo("incidents");

        JsonNode after = awaitVersion(DSL_A, id, 2);
        assertThat(after).isEqualTo(before);
        assertThat(get(DSL_A, "/api/incidents/" + id + "/chronology").json()).isEqualTo(chronologyBefore);
        assertThat(get(ADMIN, "/api/admin/projections").json().findValuesAsText("name")).contains("incidents");
    }

    @Test
    void onlyAdministratorsMayRebuildAndAnUnknownProcessorIsA404() {
        assertProblem(post(DSL_A, "/api/admin/projections/incidents/rebuild", Map.of()), 403);
        assertProblem(post(ADMIN, "/api/admin/projections/nothing/rebuild", Map.of()), 404);
    }
}
