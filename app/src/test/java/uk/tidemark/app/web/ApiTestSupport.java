package uk.tidemark.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.annotation.DirtiesContext;
import uk.tidemark.app.account.AccountStore;
import uk.tidemark.app.account.Role;
import uk.tidemark.app.account.Setting;
import uk.tidemark.app.security.TwoFactorSignInTest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The REST API over real HTTP against the whole embedded runtime (H2 event store, in-process read store, Axon
 * processors). Each test class gets its own context and a fresh data directory, and closes them when done; the
 * users below are created once per context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                // inline, not @DynamicPropertySource: DataDirEnvironment resolves the directory before dynamic
                // properties exist; ${random.uuid} is read once, and the context is closed after each class,
                // so every test class starts on a directory of its own
                "tidemark.data-dir=target/test-data/web-${random.uuid}",
                "tidemark.embedded-mongo.in-memory=true",
                "tidemark.demo.enabled=false",
                // these suites are about cases, not sign-in: no second factor (TwoFactorSignInTest turns it on)
                "tidemark.security.totp.required-roles="})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
public abstract class ApiTestSupport {

    public static final String PASSWORD = "a long test password 42";
    public static final String SETTING_A = "setting-a";
    public static final String SETTING_B = "setting-b";
    /** DSL of setting A. */
    public static final String DSL_A = "dsl-a";
    /** Deputy DSL of setting A: someone to assign cases to. */
    public static final String DEPUTY_A = "deputy-a";
    /** DSL of setting B only. */
    public static final String DSL_B = "dsl-b";
    /** DSL of both settings: must name the setting when logging. */
    public static final String DSL_AB = "dsl-ab";
    public static final String STAFF_A = "staff-a";
    /** HR, trust-wide. */
    public static final String HR = "hr-t";
    /** Headteacher of setting A. */
    public static final String HEAD_A = "head-a";
    public static final String TRUSTEE = "trustee";
    public static final String ADMIN = "admin-t";
    public static final String PROBLEM_JSON = "application/problem+json";

    public static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @LocalServerPort
    public int port;
    @Autowired
    public AccountStore accounts;
    @Autowired
    public PasswordEncoder encoder;
    @Autowired
    public EventStore eventStore;
    @Autowired
    public JdbcTemplate jdbc;

    @BeforeEach
    public void users() {
        if (accounts.exists(DSL_A)) {
            return;
        }
        // first test of the class: the data directory must be a fresh one, or earlier runs' cases leak in
        assertThat(storedEventCount()).as("events in a fresh data directory").isZero();
        accounts.createTrust("trust-1", "Test Trust");
        accounts.createSetting(new Setting(SETTING_A, "trust-1", "Alder School"));
        accounts.createSetting(new Setting(SETTING_B, "trust-1", "Birch School"));
        String hash = encoder.encode(PASSWORD);
        accounts.createUser(DSL_A, "Dee Ess", hash, EnumSet.of(Role.DSL), "trust-1", false, Set.of(SETTING_A));
        accounts.createUser(DEPUTY_A, "Dep Uty", hash, EnumSet.of(Role.DEPUTY_DSL), "trust-1", false,
                Set.of(SETTING_A));
        accounts.createUser(DSL_B, "Bea Dee", hash, EnumSet.of(Role.DSL), "trust-1", false, Set.of(SETTING_B));
        accounts.createUser(DSL_AB, "Both Dee", hash, EnumSet.of(Role.DSL), "trust-1", false,
                Set.of(SETTING_A, SETTING_B));
        accounts.createUser(STAFF_A, "Stan Staff", hash, EnumSet.of(Role.STAFF), "trust-1", false,
                Set.of(SETTING_A));
        accounts.createUser(HR, "Aitch Arr", hash, EnumSet.of(Role.HR), "trust-1", true, Set.of());
        accounts.createUser(HEAD_A, "Hed Teach", hash, EnumSet.of(Role.HEADTEACHER), "trust-1", false,
                Set.of(SETTING_A));
        accounts.createUser(TRUSTEE, "Tru Stee", hash, EnumSet.of(Role.TRUSTEE), "trust-1", true, Set.of());
        accounts.createUser(ADMIN, "Ad Min", hash, EnumSet.of(Role.ADMIN), null, true, Set.of());
    }

    // ---- HTTP ----

    public record Reply(int status, HttpResponse<String> raw) {
        public JsonNode json() {
            try {
                return JSON.readTree(raw.body());
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON (" + status + "): " + raw.body(), e);
            }
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        String contentType() {
            return header("Content-Type");
        }

        @Override
        public String toString() {
            return status + " " + raw.body();
        }
    }

    public Reply get(String user, String path) {
        return send(user, "GET", path, null, null, "application/json");
    }

    public Reply post(String user, String path, Object body) {
        return post(user, path, body, null);
    }

    public Reply post(String user, String path, Object body, String ifMatch) {
        String text = body instanceof String s ? s : write(body);
        return send(user, "POST", path, text, ifMatch, "application/json");
    }

    /** The password an administrator gives the accounts tests create through the API: for their first sign-in only. */
    public static final String GIVEN_PASSWORD = "given for the first sign-in 7";

    /**
     * The first sign-in of an account an administrator created with {@link #GIVEN_PASSWORD}: the user chooses
     * {@link #PASSWORD} for their own (decision 0024), so that the other calls of the test can sign in as them.
     */
    public void choosesOwnPassword(String user) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/me/password"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + GIVEN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(write(Map.of("currentPassword", GIVEN_PASSWORD,
                        "newPassword", PASSWORD)))).build();
        try {
            HttpResponse<String> answer = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 204) {
                throw new IllegalStateException("password not changed: " + answer.statusCode() + " " + answer.body());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** @param user null for no credentials */
    public Reply send(String user, String method, String path, String body, String ifMatch, String contentType) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null && contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        if (ifMatch != null) {
            b.header("If-Match", ifMatch);
        }
        try {
            HttpResponse<String> response = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A GET whose body is kept as bytes (a PDF, a CSV), with HTTP Basic as {@code user}. */
    public HttpResponse<byte[]> download(String user, String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30)).GET()
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- cases ----

    /** A valid body for POST /api/incidents: a pupil targeted by a member of the public. */
    public static Map<String, Object> caseBody() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("category", "CYBERBULLYING");
        body.put("platform", "INSTAGRAM");
        body.put("occurredAt", Instant.now().minus(Duration.ofHours(3)).truncatedTo(ChronoUnit.SECONDS).toString());
        body.put("summary", "Comments about a Year 8 pupil on a public account.");
        body.put("links", List.of("https://instagram.example/p/123"));
        body.put("people", List.of(
                Map.of("name", "Pupil One", "role", "PUPIL", "involvement", "TARGET"),
                Map.of("name", "Account Holder", "role", "MEMBER_OF_PUBLIC", "involvement", "SUBJECT")));
        body.put("immediateRisk", false);
        return body;
    }

    /** Logs a case and returns its id, checking the 201, Location and body. */
    public String logCase(String user, Map<String, Object> body) {
        Reply reply = post(user, "/api/incidents", body);
        assertThat(reply.status()).as("log: %s", reply).isEqualTo(201);
        String id = reply.json().path("id").asText();
        assertThat(id).isNotBlank();
        assertThat(reply.header("Location")).endsWith("/api/incidents/" + id);
        return id;
    }

    /** Logs a case as DSL_A and waits until the read model shows it. */
    public JsonNode logAndAwait(Map<String, Object> body) {
        return awaitVersion(DSL_A, logCase(DSL_A, body), 0);
    }

    /**
     * Polls the case as {@code user} until the read model has reached {@code version}; the read side must catch
     * up within one second of the command being acknowledged, or the test fails.
     */
    public JsonNode awaitVersion(String user, String id, long version) {
        return awaitGet(user, "/api/incidents/" + id,
                r -> r.status() == 200 && r.json().path("version").asLong(-1) >= version,
                "case " + id + " at version " + version);
    }

    /** Polls the chronology until it has {@code size} entries (within one second). */
    public JsonNode awaitChronology(String user, String id, int size) {
        return awaitGet(user, "/api/incidents/" + id + "/chronology",
                r -> r.status() == 200 && r.json().size() >= size, "chronology of " + id + " with " + size);
    }

    public JsonNode awaitGet(String user, String path, Predicate<Reply> done, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(1).toNanos();
        Reply last;
        do {
            last = get(user, path);
            if (done.test(last)) {
                return last.json();
            }
            sleep(20);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("not within 1 s: " + what + "; last answer " + last);
    }

    // ---- deadlines ----

    public JsonNode deadline(String user, String caseId, String kind) {
        return awaitDeadline(user, caseId, kind, null);
    }

    public JsonNode awaitDeadline(String user, String caseId, String kind, String status) {
        return awaitDeadline(user, caseId, kind, status, Duration.ofSeconds(1));
    }

    /** Polls the deadline board until the case's deadline of this kind has the status (any, when null). */
    public JsonNode awaitDeadline(String user, String caseId, String kind, String status, Duration within) {
        long until = System.nanoTime() + within.toNanos();
        Reply last;
        do {
            last = get(user, "/api/deadlines?caseId=" + caseId + "&kind=" + kind);
            if (last.status() == 200) {
                for (JsonNode d : last.json()) {
                    if (status == null || d.path("status").asText().equals(status)) {
                        assertThat(d.path("caseId").asText()).isEqualTo(caseId);
                        assertThat(d.path("deadlineId").asText()).isNotBlank();
                        return d;
                    }
                }
            }
            sleep(50);
        } while (System.nanoTime() < until);
        throw new AssertionError("no " + kind + " deadline " + status + " on " + caseId + "; last " + last);
    }

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---- assertions shared by the tests ----

    /** A problem detail with this status, as problem+json, with no trace of Java in it. */
    public static JsonNode assertProblem(Reply reply, int status) {
        assertThat(reply.status()).as("status of %s", reply).isEqualTo(status);
        assertThat(reply.contentType()).as("content type of %s", reply).startsWith(PROBLEM_JSON);
        JsonNode problem = reply.json();
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("detail").asText()).isNotBlank();
        assertThat(reply.raw().body()).doesNotContain("Exception", "java.", "at uk.", "trace");
        return problem;
    }

    /** Events stored for the case: the authoritative "did anything change?". -1 for none. */
    public long storedVersion(String caseId) {
        return eventStore.lastSequenceNumberFor(caseId).orElse(-1L);
    }

    public long storedEventCount() {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM DomainEventEntry", Long.class);
        return count == null ? 0 : count;
    }
}
