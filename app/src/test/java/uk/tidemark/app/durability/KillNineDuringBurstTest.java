package uk.tidemark.app.durability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.tidemark.app.support.ApiClient;
import uk.tidemark.app.support.TestAccounts;
import uk.tidemark.app.support.TidemarkProcess;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing acknowledged is ever lost: 200 concurrent clients logging cases one after another, SIGKILL while
 * their creates are in flight, and every create that was answered 201 must be in the event store and, after a
 * restart, in the read models.
 */
class KillNineDuringBurstTest {

    /** Concurrent clients, each logging one case after another until the process dies under them. */
    private static final int CLIENTS = 200;
    private static final int KILL_AFTER_ACKS = 300;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    @Test
    void everyAcknowledgedCreateSurvivesKillNine() throws Exception {
        TestAccounts.seedDsl(dataDir, "dsl", "burst-password-1");
        Path log = dataDir.resolve("tidemark.log");
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicInteger unanswered = new AtomicInteger();

        try (TidemarkProcess first = TidemarkProcess.start(dataDir, log)) {
            first.awaitHealthy(Duration.ofSeconds(60));
            ApiClient api = new ApiClient(first.baseUrl(), "dsl", "burst-password-1");
            CountDownLatch enoughAcks = new CountDownLatch(KILL_AFTER_ACKS);
            CountDownLatch clientsDone = new CountDownLatch(CLIENTS);
            AtomicInteger sequence = new AtomicInteger();
            for (int i = 0; i < CLIENTS; i++) {
                keepLogging(api, sequence, acknowledged, enoughAcks, unanswered, clientsDone);
            }
            assertThat(enoughAcks.await(60, TimeUnit.SECONDS)).as("creates answered before the kill").isTrue();
            first.killHard();
            // every client stops at its first unanswered create; their outcome is unknown, which is allowed
            assertThat(clientsDone.await(60, TimeUnit.SECONDS)).as("clients stopped after the kill").isTrue();
        }
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(KILL_AFTER_ACKS);
        assertThat(unanswered.get()).as("creates in flight when the process was killed").isPositive();

        assertThat(missingFromEventStore(acknowledged)).as("acknowledged but not in the event store").isEmpty();

        try (TidemarkProcess second = TidemarkProcess.start(dataDir, log,
                "--tidemark.processors.claim-timeout=3s")) {
            second.awaitHealthy(Duration.ofSeconds(60));
            ApiClient api = new ApiClient(second.baseUrl(), "dsl", "burst-password-1");
            Set<String> missing = new HashSet<>(acknowledged);
            Instant deadline = Instant.now().plusSeconds(90);
            while (!missing.isEmpty() && Instant.now().isBefore(deadline)) {
                for (String id : List.copyOf(missing)) {
                    if (api.get("/api/incidents/" + id).statusCode() == 200) {
                        missing.remove(id);
                    }
                }
                if (!missing.isEmpty()) {
                    Thread.sleep(500);
                }
            }
            assertThat(missing).as("acknowledged but absent from the read model after restart").isEmpty();
        }
    }

    /** One client: log a case, and on its 201 log the next, until a create goes unanswered. */
    private static void keepLogging(ApiClient api, AtomicInteger sequence, Set<String> acknowledged,
                                    CountDownLatch enoughAcks, AtomicInteger unanswered, CountDownLatch done) {
        api.postAsync("/api/incidents", incident(sequence.incrementAndGet())).whenComplete((response, failure) -> {
            if (failure == null && response.statusCode() == 201) {
                acknowledged.add(idOf(response));
                enoughAcks.countDown();
                keepLogging(api, sequence, acknowledged, enoughAcks, unanswered, done);
            } else {
                unanswered.incrementAndGet();
                done.countDown();
            }
        });
    }

    private Set<String> missingFromEventStore(Set<String> ids) throws Exception {
        Set<String> missing = new HashSet<>(ids);
        try (Connection c = DriverManager.getConnection(TestAccounts.h2Url(dataDir), "sa", "");
             PreparedStatement ps = c.prepareStatement(
                     "SELECT DISTINCT aggregateIdentifier FROM DomainEventEntry WHERE sequenceNumber = 0");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                missing.remove(rs.getString(1));
            }
        }
        return missing;
    }

    private static String idOf(HttpResponse<String> response) {
        try {
            JsonNode body = JSON.readTree(response.body());
            return body.get("id").asText();
        } catch (Exception e) {
            throw new IllegalStateException("201 without an id", e);
        }
    }

    private static String incident(int i) {
        return """
                {"settingId":"%s","category":"CYBERBULLYING","platform":"SNAPCHAT",
                 "occurredAt":"%s","summary":"Burst report %d: unkind messages in a group chat",
                 "links":["https://example.org/post/%d"],
                 "people":[{"name":"Pupil %d","role":"PUPIL","involvement":"TARGET"}],
                 "immediateRisk":false}
                """.formatted(TestAccounts.SETTING_ID, Instant.now().minusSeconds(3600), i, i, i);
    }
}
