package uk.tidemark.app.demo;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import uk.tidemark.app.TidemarkApplication;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12: {@code /actuator/health} says UP only once a user can use the application. In demo mode the demo users
 * are seeded after the web server has started; a load balancer or a newcomer's script that waited for health then
 * signed in as {@code dsl} used to be refused (401) for the first seconds. Here the application starts in the
 * background on a known port, health is polled from its first moment as fast as it answers, and {@code dsl} signs
 * in on the very first UP.
 */
class DemoReadyWhenHealthyTest {

    private static final String PASSWORD = "river-demo-2468";
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void theDemoUsersSignInAsSoonAsHealthSaysUp() throws Exception {
        Path dataDir = Path.of("target/test-data/demo-ready-" + UUID.randomUUID()).toAbsolutePath();
        int port = freePort();
        String base = "http://127.0.0.1:" + port;
        CompletableFuture<ConfigurableApplicationContext> starting = CompletableFuture.supplyAsync(() ->
                new SpringApplicationBuilder(TidemarkApplication.class).run("--server.port=" + port,
                        "--management.server.port=0", "--tidemark.data-dir=" + dataDir,
                        "--tidemark.embedded-mongo.in-memory=true", "--tidemark.demo.enabled=true",
                        "--tidemark.demo.password=" + PASSWORD, "--tidemark.security.totp.required-roles="));
        try {
            int notReady = 0;
            // generous: this waits for a condition, and the build machines are shared
            long deadline = System.nanoTime() + Duration.ofMinutes(20).toNanos();
            while (true) {
                assertThat(starting.isCompletedExceptionally()).as("the application failed to start").isFalse();
                assertThat(System.nanoTime()).as("health UP within 20 minutes").isLessThan(deadline);
                HttpResponse<String> health = send(base + "/actuator/health", null);
                if (health != null && health.statusCode() == 200 && health.body().contains("\"UP\"")) {
                    break;
                }
                if (health != null) {
                    notReady++;
                    assertThat(health.statusCode()).as("health before UP: %s", health.body()).isEqualTo(503);
                }
                Thread.sleep(10);
            }
            HttpResponse<String> me = send(base + "/api/me", "dsl");
            assertThat(me.statusCode()).as("dsl on the first UP (%d answers before it were not UP)", notReady)
                    .isEqualTo(200);
            assertThat(me.body()).contains("\"username\":\"dsl\"");
            assertThat(send(base + "/api/incidents", "dsl").statusCode()).isEqualTo(200);
        } finally {
            starting.join().close();
        }
    }

    /** The answer, or null while the application does not listen yet. */
    private HttpResponse<String> send(String url, String user) throws InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException notListeningYet) {
            return null;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
