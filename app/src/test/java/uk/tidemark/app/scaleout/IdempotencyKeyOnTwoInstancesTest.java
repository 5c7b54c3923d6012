package uk.tidemark.app.scaleout;

import org.junit.jupiter.api.Test;
import uk.tidemark.app.support.ApiClient;
import uk.tidemark.app.support.TidemarkProcess;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An {@code Idempotency-Key} holds across instances (decision 0029): two Tidemark processes on one PostgreSQL and one
 * Mongo server; a case logged through one with a key, sent again through the other, is answered the first case; the
 * same request sent to both at once makes one case; and each 201 can be read at its {@code Location} through the
 * other instance at once (read-your-writes over the shared read store).
 */
class IdempotencyKeyOnTwoInstancesTest {

    private static final String USER = "dsl";
    private static final String PASSWORD = "scale-out-password-1";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** Under target/, not a temporary directory: the instances' logs are kept for a failed run. */
    private final Path work = Path.of("target", "test-data", "idempotency-" + UUID.randomUUID()).toAbsolutePath();

    @Test
    void aRepeatOnTheOtherInstanceIsAnsweredTheFirstCase() throws Exception {
        try (SharedStores stores = SharedStores.start()) {
            stores.seedDsl(USER, PASSWORD);
            String[] args = stores.instanceArguments().toArray(String[]::new);
            java.nio.file.Files.createDirectories(work);
            try (TidemarkProcess a = TidemarkProcess.start(work.resolve("a"), work.resolve("a.log"), args);
                 TidemarkProcess b = TidemarkProcess.start(work.resolve("b"), work.resolve("b.log"), args)) {
                a.awaitHealthy(Duration.ofMinutes(10)); // generous: a start on a machine shared by many builds
                b.awaitHealthy(Duration.ofMinutes(10));
                String body = ApiClient.incidentBody(SharedStores.SETTING_ID, "Sent twice from a phone", 1);

                String key = "\"" + UUID.randomUUID() + "\"";
                HttpResponse<String> first = post(a, body, key);
                assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
                HttpResponse<String> again = post(b, body, key);
                assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
                assertThat(again.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
                assertThat(again.body()).isEqualTo(first.body());
                assertThat(get(b, first.headers().firstValue("Location").orElseThrow()).statusCode())
                        .as("the case, read through the other instance").isEqualTo(200);
                assertThat(post(b, ApiClient.incidentBody(SharedStores.SETTING_ID, "Another", 2), key).statusCode())
                        .as("the key with another body, on the other instance").isEqualTo(422);
                assertThat(logged(stores)).isEqualTo(1);

                // at once on both: one case, and every 201 names it
                String both = "\"" + UUID.randomUUID() + "\"";
                String second = ApiClient.incidentBody(SharedStores.SETTING_ID, "Sent to both at once", 3);
                List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
                for (TidemarkProcess instance : List.of(a, b, a, b)) {
                    sent.add(CompletableFuture.supplyAsync(() -> post(instance, second, both)));
                }
                List<String> locations = new ArrayList<>();
                for (CompletableFuture<HttpResponse<String>> f : sent) {
                    HttpResponse<String> r = f.get();
                    assertThat(r.statusCode()).as(r.body()).isIn(201, 409);
                    r.headers().firstValue("Location").ifPresent(locations::add);
                }
                assertThat(locations).isNotEmpty();
                assertThat(locations.stream().distinct()).hasSize(1);
                assertThat(logged(stores)).isEqualTo(2);
            }
        }
    }

    private static long logged(SharedStores stores) throws Exception {
        try (Connection c = stores.sql();
             PreparedStatement s = c.prepareStatement(
                     "SELECT COUNT(*) FROM domainevententry WHERE payloadtype LIKE '%.IncidentLogged'");
             ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** HTTP Basic on each request, no session: the way a phone's API client would send it. */
    private static HttpResponse<String> post(TidemarkProcess instance, String json, String key) {
        return send(HttpRequest.newBuilder(URI.create(instance.baseUrl() + "/api/incidents"))
                .header("Content-Type", "application/json").header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    private static HttpResponse<String> get(TidemarkProcess instance, String location) {
        return send(HttpRequest.newBuilder(URI.create(instance.baseUrl() + URI.create(location).getPath())).GET());
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        request.timeout(Duration.ofSeconds(60)).header("Accept", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
