package uk.tidemark.app.web.audit;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.time.Instant;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** Audit entries as the sentences a headteacher reads (issue 16). */
class AuditSentencesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Function<String, String> NAMES =
            u -> Map.of("dsl-a", "Dana Okafor", "dsl-b", "Tom Brierley", "admin-t", "Ad Min").getOrDefault(u, u);
    private static final Function<String, String> CASES = id -> "case RP-26-0042";

    private static AuditController.EntryView entry(String kind, String actor, String caseId, String what,
                                                   String details) {
        JsonNode node = JSON.readTree(details);
        return new AuditController.EntryView(1, Instant.parse("2026-12-07T09:00:00Z"), kind, actor,
                caseId == null ? null : "INCIDENT", caseId, "setting-a", what, node, null, "p", "h");
    }

    private static String sentence(String kind, String actor, String caseId, String what, String details) {
        return AuditSentences.of(entry(kind, actor, caseId, what, details), NAMES, CASES);
    }

    @Test
    void readsAndRefusalsNameThePersonAndTheCase() {
        assertThat(sentence("READ", "dsl-a", "c1", "GET /api/incidents/{id}", "{\"view\":\"FULL\"}"))
                .isEqualTo("Dana Okafor opened case RP-26-0042");
        assertThat(sentence("ACCESS_DENIED", "dsl-b", "c1", "GET /api/incidents/{id}", "{\"status\":404}"))
                .isEqualTo("Tom Brierley was refused case RP-26-0042");
        assertThat(sentence("READ", "dsl-a", "c1", "GET /api/deadlines", "{\"view\":\"DEADLINE_BOARD\",\"cases\":3}"))
                .isEqualTo("Dana Okafor saw case RP-26-0042 in a list of 3 cases");
        assertThat(sentence("READ", "dsl-a", null, "GET /api/incidents", "{\"results\":12}"))
                .isEqualTo("Dana Okafor looked at a list (12 items)");
        assertThat(sentence("ACCESS_DENIED", "dsl-b", null, "GET /admin", "{\"status\":403}"))
                .isEqualTo("Tom Brierley was refused a page their role does not allow");
    }

    @Test
    void eventsSayWhatWasDone() {
        assertThat(sentence("EVENT", "dsl-a", "c1", "IncidentLogged", "{\"sequence\":0}"))
                .isEqualTo("Dana Okafor logged case RP-26-0042");
        assertThat(sentence("EVENT", "dsl-a", "c1", "ReferredToAgency", "{\"sequence\":4}"))
                .isEqualTo("Dana Okafor referred case RP-26-0042 to another agency");
        assertThat(sentence("EVENT", null, "c1", "DeadlineMissed", "{\"sequence\":5,\"deadlineKind\":\"LADO_REFERRAL\"}"))
                .isEqualTo("The LADO referral deadline of case RP-26-0042 was missed");
        assertThat(sentence("EVENT", "dsl-a", "c1", "SomethingNew", "{}"))
                .isEqualTo("Dana Okafor recorded \u201csomething new\u201d on case RP-26-0042");
    }

    @Test
    void signInsAccountsAndAdministration() {
        assertThat(sentence("SIGN_IN", "dsl-a", null, "FORM", "{}")).isEqualTo("Dana Okafor signed in");
        assertThat(sentence("SIGN_IN_FAILED", null, null, "FORM", "{\"reason\":\"BAD_CREDENTIALS\"}"))
                .isEqualTo("A sign-in with an unknown username was refused (wrong username or password)");
        assertThat(sentence("ACCOUNT", "dsl-a", null, "PASSWORD_CHANGED", "{}"))
                .isEqualTo("Dana Okafor changed their password");
        assertThat(sentence("ADMIN", "admin-t", null, "USER_DISABLED", "{\"username\":\"dsl-b\"}"))
                .isEqualTo("Ad Min disabled the account of Tom Brierley");
        assertThat(sentence("ADMIN", "admin-t", null, "CALENDAR_DAY_ADDED", "{\"date\":\"2026-12-14\",\"kind\":\"CLOSED\"}"))
                .startsWith("Ad Min closed ").endsWith(" on the calendar").doesNotContain("2026-12-14");
        assertThat(sentence("ADMIN", "admin-t", null, "SETTING_RENAMED", "{}"))
                .isEqualTo("Ad Min made an administrative change: setting renamed");
    }
}
