package uk.tidemark.app.web.health;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
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
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13 (decision 0033): the liveness and readiness probes over the application's life, on both ports, in demo
 * mode. The start-up tasks are held (a runner ordered before the demo seeder waits for the test), so that the "not
 * ready yet" state lasts as long as the test looks at it: the application answers, is alive, is not ready, and the
 * demo users cannot sign in; let go, readiness turns 200 and {@code dsl} signs in on its first 200. Then a request is
 * held inside the application and the application is closed (what SIGTERM does): readiness answers 503 from the
 * first moment, while the held request is still being answered, and that request is answered in full (graceful
 * shutdown).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProbesTest {

    private static final String PASSWORD = "river-demo-2468";
    private static final String READINESS = "/actuator/health/readiness";
    private static final String LIVENESS = "/actuator/health/liveness";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final CountDownLatch startUpHeld = new CountDownLatch(1);
    private final CountDownLatch letStartUpGo = new CountDownLatch(1);
    private final CountDownLatch requestHeld = new CountDownLatch(1);
    private final CountDownLatch letRequestGo = new CountDownLatch(1);
    private String app;
    private String management;
    private CompletableFuture<ConfigurableApplicationContext> starting;

    @BeforeAll
    void start() throws IOException {
        Path dataDir = Path.of("target/test-data/probes-" + UUID.randomUUID()).toAbsolutePath();
        int port = freePort();
        int managementPort = freePort();
        app = "http://127.0.0.1:" + port;
        management = "http://127.0.0.1:" + managementPort;
        starting = CompletableFuture.supplyAsync(() -> new SpringApplicationBuilder(TidemarkApplication.class)
                .initializers(context -> {
                    context.getBeanFactory().registerSingleton("holdStartUp", new HoldStartUp());
                    context.getBeanFactory().registerSingleton("heldRequest", new HeldRequest());
                })
                .run("--server.port=" + port, "--management.server.port=" + managementPort,
                        "--tidemark.data-dir=" + dataDir, "--tidemark.embedded-mongo.in-memory=true",
                        "--tidemark.demo.enabled=true", "--tidemark.demo.password=" + PASSWORD,
                        "--tidemark.security.totp.required-roles="));
    }

    @AfterAll
    void stop() {
        letStartUpGo.countDown();
        letRequestGo.countDown();
        starting.join().close();
    }

    @Test
    @Order(1)
    void readinessIsDownUntilTheDemoUsersCanSignInThenUp() throws Exception {
        // generous: this waits for a condition, and the build machines are shared
        long reach = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (!startUpHeld.await(200, TimeUnit.MILLISECONDS)) {
            assertThat(starting).as("the application failed to start").isNotCompletedExceptionally();
            assertThat(System.nanoTime()).as("the start-up tasks reached within 10 minutes").isLessThan(reach);
        }

        // the servers answer, the application is alive, but not ready: no demo user exists yet
        for (String base : List.of(app, management)) {
            HttpResponse<String> readiness = get(base + READINESS, null);
            assertThat(readiness.statusCode()).as("readiness on %s while starting", base).isEqualTo(503);
            assertThat(readiness.body()).contains("OUT_OF_SERVICE");
            assertThat(get(base + LIVENESS, null).statusCode()).as("liveness on %s", base).isEqualTo(200);
            assertThat(get(base + "/actuator/health", null).statusCode()).isEqualTo(503);
        }
        assertThat(get(app + "/api/me", "dsl").statusCode()).as("dsl before the seeding").isEqualTo(401);

        letStartUpGo.countDown();
        List<Integer> before = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        HttpResponse<String> ready;
        while ((ready = get(app + READINESS, null)).statusCode() != 200) {
            before.add(ready.statusCode());
            assertThat(System.nanoTime()).as("ready within 10 minutes").isLessThan(deadline);
            Thread.sleep(10);
        }
        assertThat(ready.body()).isEqualTo("{\"status\":\"UP\"}");
        assertThat(before).as("every answer before UP").containsOnly(503);
        HttpResponse<String> me = get(app + "/api/me", "dsl");
        assertThat(me.statusCode()).as("dsl on the first ready answer").isEqualTo(200);
        assertThat(me.body()).contains("\"username\":\"dsl\"");
        assertThat(get(management + READINESS, null).statusCode()).isEqualTo(200);
    }

    @Test
    @Order(2)
    void readinessIsDownFromTheFirstMomentOfAShutdownWhileAnsweringRequestsFinish() throws Exception {
        letStartUpGo.countDown(); // should the test before have stopped half-way
        ConfigurableApplicationContext context = starting.get(10, TimeUnit.MINUTES);
        assertThat(get(management + READINESS, null).statusCode()).isEqualTo(200);
        CompletableFuture<HttpResponse<String>> held = http.sendAsync(HttpRequest.newBuilder(
                URI.create(app + HeldRequest.PATH)).timeout(Duration.ofMinutes(2)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(requestHeld.await(60, TimeUnit.SECONDS)).as("the held request arrived").isTrue();

        CompletableFuture<Void> closing = CompletableFuture.runAsync(context::close);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        int status;
        while ((status = get(management + READINESS, null).statusCode()) == 200) {
            assertThat(System.nanoTime()).as("readiness down within 30 s of the shutdown").isLessThan(deadline);
            Thread.sleep(10);
        }
        assertThat(status).isEqualTo(503);
        assertThat(held).as("the request being answered is still being answered").isNotDone();
        assertThat(closing).as("the shutdown waits for it").isNotDone();
        // the application port takes no new request: refused, or not ready
        HttpResponse<String> onAppPort = getOrNull(app + READINESS);
        assertThat(onAppPort == null || onAppPort.statusCode() == 503).as("the application port: %s", onAppPort)
                .isTrue();

        letRequestGo.countDown();
        HttpResponse<String> answered = held.get(60, TimeUnit.SECONDS);
        assertThat(answered.statusCode()).isEqualTo(200);
        assertThat(answered.body()).isEqualTo("answered in full");
        closing.get(2, TimeUnit.MINUTES);
        assertThat(context.isActive()).isFalse();
        assertThat(getOrNull(management + READINESS)).as("closed").isNull();
    }

    /** Runs before the demo seeder (order 10) and waits for the test. */
    private final class HoldStartUp implements ApplicationRunner, Ordered {
        @Override
        public void run(ApplicationArguments args) throws Exception {
            startUpHeld.countDown();
            letStartUpGo.await(10, TimeUnit.MINUTES);
        }

        @Override
        public int getOrder() {
            return 5;
        }
    }

    /** A request that takes as long as the test wants (under /actuator/, which the application port lets through). */
    @RestController
    final class HeldRequest {
        static final String PATH = "/actuator/test-held-request";

        @GetMapping(PATH)
        String held() throws InterruptedException {
            requestHeld.countDown();
            letRequestGo.await(2, TimeUnit.MINUTES);
            return "answered in full";
        }
    }

    private HttpResponse<String> get(String url, String user) throws InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(url + " did not answer", e);
        }
    }

    /** The answer, or null when nothing listens any more. */
    private HttpResponse<String> getOrNull(String url) throws InterruptedException {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException refused) {
            return null;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
