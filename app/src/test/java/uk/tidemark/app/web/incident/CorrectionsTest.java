package uk.tidemark.app.web.incident;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.tidemark.app.fixture.ApiClient;
import uk.tidemark.app.fixture.CaseFixture;
import uk.tidemark.app.fixture.RunningApp;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.app.fixture.ApiClient.assertProblem;
import static uk.tidemark.app.fixture.CaseFixture.caseBody;
import static uk.tidemark.app.fixture.TestAccounts.*;

/**
 * Corrections of a case's record through the API (issue 15): a tutor the reporter marked as a target, corrected to
 * subject, gets the harm-threshold route at triage; a person added, the category changed, the report amended; each
 * in the chronology with what changed from what and why, and the report as first logged still there for the DSL.
 */
@RunningApp
class CorrectionsTest {

    @Autowired
    ApiClient api;
    @Autowired
    CaseFixture cases;

    @Test
    void aTutorCorrectedFromTargetToSubjectGetsTheHarmThresholdRouteAndTheFirstReportIsKept() {
        Map<String, Object> body = new LinkedHashMap<>(caseBody());
        body.put("category", "INAPPROPRIATE_CONTACT");
        body.put("people", List.of(Map.of("name", "Pupil One", "role", "PUPIL", "involvement", "TARGET"),
                Map.of("name", "Sam Tutor", "role", "STAFF", "involvement", "TARGET")));
        String id = cases.logCase(STAFF_A, body);
        JsonNode logged = cases.awaitVersion(DSL_A, id, 0);
        String tutor = logged.path("people").get(1).path("personId").asText();
        String base = "/api/incidents/" + id;
        Map<String, Object> harmThreshold = Map.of("severity", "HIGH", "reason", "Messages to a pupil",
                "allegationRoute", "HARM_THRESHOLD");
        assertThat(assertProblem(api.post(DSL_A, base + "/triage", harmThreshold), 409).path("detail").asText())
                .contains("allegations against staff or volunteers");

        assertThat(api.post(DSL_A, base + "/people/" + tutor + "/correction",
                Map.of("involvement", "SUBJECT", "reason", "The tutor sent the messages")).status()).isEqualTo(204);
        assertThat(api.post(DSL_A, base + "/triage", harmThreshold).status()).isEqualTo(204);

        JsonNode c = cases.awaitVersion(DSL_A, id, 3);
        assertThat(c.path("allegationRoute").asText()).isEqualTo("HARM_THRESHOLD");
        assertThat(c.path("people").get(1).path("involvement").asText()).isEqualTo("SUBJECT");
        assertThat(c.path("asLogged").path("people").get(1).path("involvement").asText())
                .as("the report as first logged").isEqualTo("TARGET");
        JsonNode corrected = cases.awaitChronology(DSL_A, id, 3).get(1);
        assertThat(corrected.path("type").asText()).isEqualTo("PERSON_CORRECTED");
        assertThat(corrected.path("actor").asText()).isEqualTo(DSL_A);
        assertThat(corrected.path("summary").asText())
                .isEqualTo("Sam Tutor: involvement target → subject: The tutor sent the messages");
    }

    @Test
    void aPersonAddedCategoryChangedAndReportAmendedEachSayWhatChangedFromWhat() {
        String id = cases.logCase(STAFF_A, caseBody());
        cases.awaitVersion(DSL_A, id, 0);
        String base = "/api/incidents/" + id;

        JsonNode added = api.post(DSL_A, base + "/people", Map.of("name", "Jo Parent", "role", "PARENT_CARER",
                "involvement", "WITNESS", "reason", "Sent the screenshots to the school")).json();
        String parent = added.path("id").asText();
        assertThat(api.post(DSL_A, base + "/category", Map.of("category", "DEFAMATION",
                "secondaryCategories", List.of("IMAGE_CONSENT_BREACH"), "reason", "The post names a teacher"))
                .status()).isEqualTo(204);
        Instant earlier = Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
        assertThat(api.post(DSL_A, base + "/amendment", Map.of("occurredAt", earlier.toString(),
                "platform", "TIKTOK", "reason", "The parent says it was on TikTok, two days ago")).status())
                .isEqualTo(204);

        JsonNode c = cases.awaitVersion(DSL_A, id, 3);
        assertThat(c.path("people").findValuesAsText("personId")).contains(parent);
        assertThat(c.path("category").asText()).isEqualTo("DEFAMATION");
        assertThat(c.path("secondaryCategories").findValuesAsText("")).isEmpty();
        assertThat(c.path("secondaryCategories").get(0).asText()).isEqualTo("IMAGE_CONSENT_BREACH");
        assertThat(c.path("platform").asText()).isEqualTo("TIKTOK");
        assertThat(Instant.parse(c.path("occurredAt").asText())).isEqualTo(earlier);
        assertThat(c.path("asLogged").path("category").asText()).isEqualTo("CYBERBULLYING");
        assertThat(c.path("asLogged").path("platform").asText()).isEqualTo("INSTAGRAM");
        assertThat(c.path("asLogged").path("people")).hasSize(2);

        JsonNode chronology = cases.awaitChronology(DSL_A, id, 4);
        assertThat(chronology.get(1).path("summary").asText())
                .isEqualTo("Jo Parent (parent carer, witness): Sent the screenshots to the school");
        assertThat(chronology.get(2).path("summary").asText()).isEqualTo("From cyberbullying to "
                + "defamation; also image consent breach (was nothing else): The post names a teacher");
        assertThat(chronology.get(3).path("summary").asText()).startsWith("When it happened ")
                .contains("where Instagram → TikTok", ": The parent says it was on TikTok, two days ago");

        // the case is found by the added person's name
        assertThat(api.get(DSL_A, "/api/incidents?q=jo%20parent").json().path("items").findValuesAsText("id"))
                .containsExactly(id);
        // the added person has a chronology of their own, with this case
        JsonNode person = cases.awaitGet(DSL_A, "/api/people/" + parent + "/chronology", r -> r.status() == 200,
                "the added person's chronology");
        assertThat(person.path("cases").findValuesAsText("incidentId")).containsExactly(id);
    }

    @Test
    void aUserAddedAsASubjectNoLongerSeesTheCase() {
        String id = cases.logCase(STAFF_A, caseBody());
        cases.awaitVersion(DSL_A, id, 0);
        assertThat(api.get(DEPUTY_A, "/api/incidents/" + id).status()).isEqualTo(200);
        assertThat(api.post(DSL_A, "/api/incidents/" + id + "/people", Map.of("name", "Dee Deputy", "role", "STAFF",
                "involvement", "SUBJECT", "username", DEPUTY_A, "reason", "Named in the screenshots")).status())
                .isEqualTo(201);
        cases.awaitVersion(DSL_A, id, 1);
        assertProblem(api.get(DEPUTY_A, "/api/incidents/" + id), 404);
        // someone outside the trust cannot be named by username
        assertThat(assertProblem(api.post(DSL_A, "/api/incidents/" + id + "/people", Map.of("name", "X",
                "role", "STAFF", "involvement", "SUBJECT", "username", "no-such-user", "reason", "r")), 400)
                .path("errors").findValuesAsText("field")).containsExactly("username");
    }

    @Test
    void aCorrectionWithoutAReasonOrThatChangesNothingChangesNothing() {
        String id = cases.logCase(STAFF_A, caseBody());
        JsonNode logged = cases.awaitVersion(DSL_A, id, 0);
        String pupil = logged.path("people").get(0).path("personId").asText();
        String base = "/api/incidents/" + id;
        long events = cases.storedEventCount();
        assertThat(assertProblem(api.post(DSL_A, base + "/people/" + pupil + "/correction", Map.of("name", "P")), 400)
                .path("errors").findValuesAsText("field")).containsExactly("reason");
        assertThat(assertProblem(api.post(DSL_A, base + "/amendment", Map.of("occurredAt",
                Instant.now().plus(2, ChronoUnit.DAYS).toString(), "reason", "r")), 400)
                .path("errors").findValuesAsText("field")).containsExactly("occurredAt");
        assertThat(assertProblem(api.post(DSL_A, base + "/people/" + pupil + "/correction", Map.of("name",
                "Pupil One", "reason", "Checked")), 409).path("detail").asText()).contains("changes nothing");
        assertThat(assertProblem(api.post(DSL_A, base + "/category", Map.of("category", "CYBERBULLYING",
                "reason", "Checked")), 409).path("detail").asText()).contains("changes nothing");
        assertProblem(api.post(STAFF_A, base + "/amendment", Map.of("platform", "TIKTOK", "reason", "r")), 403);
        assertThat(cases.storedEventCount()).isEqualTo(events);
    }
}
