package uk.tidemark.app.upgrade;

import com.fasterxml.jackson.databind.JsonNode;
import org.bson.Document;
import uk.tidemark.app.upgrade.UpgradeClient.Reply;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@link UpgradeTest}'s checks of the old cases: each at the stage it was left at, each given a reference at the first
 * start, and a command of each kind on one taken or refused by the state its old events give.
 */
final class CasesAfterUpgrade {

    private CasesAfterUpgrade() {
    }

    static void casesAtTheirStages(RunningTidemark app, FixtureManifest manifest) {
        Map<String, String> wrong = new TreeMap<>();
        for (JsonNode c : manifest.cases()) {
            String collection = FixtureManifest.CASE_COLLECTIONS.get(c.path("type").asText());
            assertThat(collection).as("a known case type: " + c).isNotNull();
            Document doc = app.mongo().getCollection(collection).find(new Document("_id", c.path("id").asText()))
                    .first();
            String stage = doc == null ? null : doc.getString("stage");
            if (stage == null || !stage.equals(c.path("stage").asText())) {
                wrong.put(c.path("id").asText(), "stored " + c.path("stage").asText() + ", read model " + stage);
            }
        }
        assertThat(wrong).as("cases not at the stage they were left at").isEmpty();
    }

    /**
     * Decision 0038: the old version's cases had no reference; the first start gives each one, once, unique in its
     * trust, counted in the year it was opened.
     */
    static void oldCasesGivenReferences(RunningTidemark app, FixtureManifest manifest) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Map<String, String> references = new TreeMap<>();
            for (JsonNode c : manifest.cases()) {
                String collection = FixtureManifest.CASE_COLLECTIONS.get(c.path("type").asText());
                Document doc = app.mongo().getCollection(collection)
                        .find(new Document("_id", c.path("id").asText())).first();
                references.put(c.path("id").asText(), doc == null ? null : doc.getString("reference"));
            }
            assertThat(references.values()).as("every old case's reference").allSatisfy(r ->
                    assertThat(r).matches("[A-Z]{2,4}-\\d{2}-\\d{4,}")).doesNotHaveDuplicates();
        });
    }

    /** A command of each kind on an old case: its aggregate is loaded from the old events, and decides by them. */
    static void commandsOnOldCases(RunningTidemark app, FixtureManifest manifest, UpgradeClient newDsl) {
        UpgradeClient dsl = app.demoUser("dsl");
        UpgradeClient hr = app.demoUser("hr");
        String warned = manifest.story("warnedIncident");
        assertThat(newDsl.post("/api/incidents/" + warned + "/notes", Map.of("text", "After the upgrade."))
                .status()).as("a note by the DSL who signed in with their second factor").isEqualTo(201);
        String closed = "/api/incidents/" + manifest.story("closedIncident");
        Reply again = dsl.post(closed + "/close", Map.of("outcome", "NO_FURTHER_ACTION", "rationale", "Again"));
        assertThat(again.status()).as("closing a closed case: %s", again).isEqualTo(409);
        assertThat(again.json().path("detail").asText()).contains("already closed");
        assertThat(dsl.post(closed + "/reopen", Map.of("reason", "New posts")).status()).isEqualTo(204);
        assertThat(dsl.post("/api/incidents/" + manifest.story("newIncident") + "/triage",
                Map.of("severity", "LOW", "reason", "Looked at after the upgrade")).status()).isEqualTo(204);
        assertThat(dsl.post("/api/incidents/" + manifest.story("escalatedIncident") + "/police-updates",
                Map.of("status", "Charged", "note", "The police charged a suspect.")).status()).isEqualTo(201);
        assertThat(hr.post("/api/disciplinary-cases/" + manifest.story("hrCase") + "/hearing-invitation",
                Map.of("hearingOn", LocalDate.now(ZoneId.of("Europe/London")).plusDays(30).toString(),
                        "rightToBeAccompaniedStated", true)).status()).as("the hearing moved").isEqualTo(204);
        assertThat(dsl.post("/api/complaints/" + manifest.story("formalComplaint") + "/formal-response",
                Map.of("findings", "The concern was handled by the policy.", "reasons", "As found.",
                        "howToEscalate", "Ask for a panel.")).status()).as("the formal response").isEqualTo(204);
        String reopened = manifest.story("closedIncident");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(dsl.get("/api/incidents/" + reopened)
                .ok().json().path("status").asText()).isEqualTo("OPEN"));
    }
}
