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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing acknowledged is ever lost: 200 concurrent creates, SIGKILL part-way through the burst, and every
 * create that was answered 201 must be in the event store and, after a restart, in the read models.
 */
class KillNineDuringBurstTest {

    private static final int BURST = 200;
    private static final int KILL_AFTER_ACKS = 60;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    @Test
    void everyAcknowledgedCreateSurvivesKillNine() throws Exception {
        TestAccounts.seedDsl(dataDir, "dsl", "burst-password-1");
        Path log = dataDir.resolve("tidemark.log");
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();

        try (TidemarkProcess first = TidemarkProcess.start(dataDir, log)) {
            first.awaitHealthy(Duration.ofSeconds(60));
            ApiClient api = new ApiClient(first.baseUrl(), "dsl", "burst-password-1");
            CountDownLatch enoughAcks = new CountDownLatch(KILL_AFTER_ACKS);
            List<CompletableFuture<?>> calls = new ArrayList<>();
            for (int i = 0; i < BURST; i++) {
                calls.add(api.postAsync("/api/incidents", incident(i)).thenAccept(response -> {
                    if (response.statusCode() == 201) {
                        acknowledged.add(idOf(response));
                        enoughAcks.countDown();
                    }
                }));
            }
            assertThat(enoughAcks.await(60, TimeUnit.SECONDS)).as("creates answered before the kill").isTrue();
            first.killHard();
            // let the failed calls settle; their outcome is unknown to the client, which is allowed
            CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new))
                    .exceptionally(e -> null).get(30, TimeUnit.SECONDS);
        }
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(KILL_AFTER_ACKS);
        assertThat(acknowledged.size()).as("the kill happened mid-burst").isLessThan(BURST);

        assertThat(missingFromEventStore(acknowledged)).as("acknowledged but not in the event store").isEmpty();

        try (TidemarkProcess second = TidemarkProcess.start(dataDir, log,
                "--tidemark.processors.claim-timeout=3s")) {
            second.awaitHealthy(Duration.ofSeconds(60));
            ApiClient api = new ApiClient(second.baseUrl(), "dsl", "burst-password-1");
            Set<String> missing = new HashSet<>(acknowledged);
            Instant deadline = Instant.now().plusSeconds(60);
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
