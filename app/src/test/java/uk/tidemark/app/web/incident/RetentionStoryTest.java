package uk.tidemark.app.web.incident;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.tidemark.app.fixture.ApiClient;
import uk.tidemark.app.fixture.ApiClient.Reply;
import uk.tidemark.app.fixture.CaseFixture;
import uk.tidemark.app.fixture.RunningApp;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.app.fixture.CaseFixture.caseBody;
import static uk.tidemark.app.fixture.TestAccounts.*;

/**
 * A case's life to its end over HTTP (decision 0052): closed, its retention review on the deadline board at the end
 * of its period, held (the destruction refused), released, asked to be destroyed by one lead and confirmed by
 * another, its data key destroyed with it; then it refuses everything.
 */
@RunningApp
class RetentionStoryTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired
    ApiClient api;
    @Autowired
    CaseFixture cases;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aClosedCaseIsReviewedHeldReleasedAndDestroyedByTwoLeads() {
        String id = cases.logAndAwait(caseBody()).path("id").asText();
        assertThat(act(DSL_A, id, "POST", "/triage", Map.of("severity", "LOW", "reason", "Assessed")).status())
                .isEqualTo(204);
        assertThat(act(DSL_A, id, "POST", "/close", Map.of("outcome", "NO_FURTHER_ACTION", "rationale", "Resolved"))
                .status()).isEqualTo(204);

        // an online-safety incident with no child protection element: six years after it closed, on a working day
        JsonNode review = cases.awaitDeadline(DSL_A, id, "RETENTION_REVIEW", "PENDING");
        LocalDate due = LocalDate.ofInstant(Instant.parse(review.path("dueAt").asText()), LONDON);
        LocalDate sixYearsOn = LocalDate.now(LONDON).plusYears(6);
        assertThat(due).isBetween(sixYearsOn, sixYearsOn.plusDays(4));
        assertThat(due.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        assertThat(review.path("ownerId").asText()).isEqualTo(DSL_A);

        // bad input is a 400 and changes nothing; an unseeable case a 404
        long before = cases.storedVersion(id);
        assertThat(act(DSL_A, id, "POST", "/legal-hold", Map.of("reason", " ")).status()).isEqualTo(400);
        assertThat(act(DSL_A, id, "POST", "/retention", Map.of("until", LocalDate.now(LONDON).toString(),
                "reason", "Too soon")).status()).isEqualTo(400);
        assertThat(act(DSL_B, id, "POST", "/legal-hold", Map.of("reason", "Not mine")).status()).isEqualTo(404);
        assertThat(cases.storedVersion(id)).isEqualTo(before);

        assertThat(act(DSL_A, id, "POST", "/legal-hold", Map.of("reason", "Police investigation")).status())
                .isEqualTo(204);
        Reply held = act(DSL_A, id, "POST", "/destruction", Map.of("reason", "Retention period ended"));
        assertThat(held.status()).isEqualTo(409);
        assertThat(held.raw().body()).contains("legal hold");
        assertThat(cases.awaitDeadline(DSL_A, id, "RETENTION_REVIEW", "PENDING").path("dueAt").asText())
                .isEqualTo(review.path("dueAt").asText()); // the hold keeps the review

        assertThat(act(HEAD_A, id, "DELETE", "/legal-hold", Map.of("reason", "Investigation closed")).status())
                .isEqualTo(204);
        assertThat(act(DSL_A, id, "POST", "/destruction", Map.of("reason", "Retention period ended")).status())
                .isEqualTo(204);
        Reply sameLead = act(DSL_A, id, "POST", "/destruction/confirmation", Map.of());
        assertThat(sameLead.status()).isEqualTo(409);
        assertThat(destroyedGround(id)).as("no key destroyed by a refused confirmation").isNull();

        assertThat(act(DEPUTY_A, id, "POST", "/destruction/confirmation", Map.of()).status()).isEqualTo(204);
        assertThat(destroyedGround(id)).isEqualTo("RETENTION_SCHEDULE");
        cases.awaitDeadline(DSL_A, id, "RETENTION_REVIEW", "MET");
        Reply after = act(DSL_A, id, "POST", "/reopen", Map.of("reason", "More to add"));
        assertThat(after.status()).isEqualTo(409);
        assertThat(after.raw().body()).contains("erased on").contains("under the retention schedule");
    }

    /** The command with the case's version as If-Match, once the read model has every stored event of the case. */
    private Reply act(String user, String id, String method, String action, Map<String, Object> body) {
        long version = cases.awaitVersion(DSL_A, id, cases.storedVersion(id)).path("version").asLong();
        return api.send(user, method, "/api/incidents/" + id + action, ApiClient.write(body), "\"" + version + "\"",
                "application/json");
    }

    private String destroyedGround(String id) {
        return jdbc.query("SELECT destroyed_ground FROM tidemark_case_key WHERE case_id = ?",
                rs -> rs.next() ? rs.getString(1) : null, id);
    }
}
