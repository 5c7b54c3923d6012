package uk.tidemark.app.upgrade;

import com.fasterxml.jackson.databind.JsonNode;
import org.bson.Document;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@link UpgradeTest}'s checks of the deadlines: the one that fell due while the system was stopped fires at start (the
 * DSL is told), and one stored for the end of 2099 fires when its time is moved.
 */
final class DeadlinesAfterUpgrade {

    private DeadlinesAfterUpgrade() {
    }

    static void deadlinesDueWhileStoppedFire(RunningTidemark app, FixtureManifest manifest, Instant started) {
        String overdueCase = manifest.story("overdueIncident");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            for (JsonNode d : manifest.deadlines()) {
                if (d.path("status").asText().equals("PENDING")
                        && !Instant.parse(d.path("dueAt").asText()).isAfter(started)) {
                    Document doc = deadline(app, d.path("deadlineId").asText());
                    assertThat(doc.getString("status")).as("%s, due %s", d.path("deadlineId").asText(),
                            d.path("dueAt").asText()).isNotEqualTo("PENDING");
                }
            }
        });
        Document overdue = deadline(app, manifest.overdueDeadline().path("deadlineId").asText());
        assertThat(overdue.getString("status")).isEqualTo("MISSED");
        assertThat(FixtureManifest.instant(overdue.get("missedAt"))).as("missed when the new version started")
                .isAfterOrEqualTo(started.minusSeconds(1));
        // through the API, as the setting's DSL, who is told of it
        UpgradeClient dsl = app.demoUser("dsl");
        JsonNode board = dsl.get("/api/deadlines?caseId=" + overdueCase + "&kind=FIRST_RESPONSE").ok().json();
        assertThat(board.path(0).path("status").asText()).isEqualTo("MISSED");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                dsl.get("/api/notifications?unread=true&size=100").ok().json().findValuesAsText("caseId"))
                .as("the DSL's inbox").contains(overdueCase));
        Document far = deadline(app, manifest.farDeadline().path("deadlineId").asText());
        assertThat(far.getString("status")).as("a deadline due in 2099 waits").isEqualTo("PENDING");
    }

    static void farDeadlineFiresWhenDue(RunningTidemark app, FixtureManifest manifest) {
        JsonNode far = manifest.farDeadline();
        // the months passing, as the project's TestClock does it: the stored schedule is made due
        int moved = app.jdbc().update("UPDATE scheduled_tasks SET execution_time = ? WHERE task_instance = ?",
                Timestamp.from(Instant.now().minusSeconds(1)), far.path("taskInstance").asText());
        assertThat(moved).as("the far deadline's stored schedule").isEqualTo(1);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(deadline(app, far.path("deadlineId").asText()).getString("status")).isEqualTo("MISSED"));
        String warned = manifest.story("warnedIncident");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode page = app.demoUser("dsl").get("/api/incidents/" + warned).ok().json();
            JsonNode warning = null;
            for (JsonNode w : page.path("warnings")) {
                if (w.path("warningId").asText().equals(manifest.story("farWarning"))) {
                    warning = w;
                }
            }
            assertThat(warning).as("the far warning").isNotNull();
            assertThat(warning.path("response").asText()).isEqualTo("NO_RESPONSE");
        });
    }

    private static Document deadline(RunningTidemark app, String id) {
        Document doc = app.mongo().getCollection("deadlines").find(new Document("_id", id)).first();
        assertThat(doc).as("deadline " + id + " on the board").isNotNull();
        return doc;
    }
}
