package uk.tidemark.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import uk.tidemark.app.fixture.ApiClient;
import uk.tidemark.app.fixture.CaseFixture;
import uk.tidemark.app.fixture.RunningApp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.app.fixture.ApiClient.write;
import static uk.tidemark.app.fixture.CaseFixture.caseBody;
import static uk.tidemark.app.fixture.CaseFixture.sleep;
import static uk.tidemark.app.fixture.TestAccounts.*;

/**
 * A create sent twice is done once (decision 0029): {@code Idempotency-Key} on the API's POSTs (the same key and
 * body again answer the first answer; another body is a 422; two at once make one case), and the report form's
 * one-time key (the form sent again goes to the case the first one made). Keys expire and are deleted.
 */
@RunningApp
@TestPropertySource(properties = "tidemark.idempotency.cleanup-interval=300ms")
class IdempotencyKeyTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern HIDDEN_KEY = Pattern.compile("name=\"idempotencyKey\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern REPORTED = Pattern.compile("/concerns/([0-9a-f-]{36})");

    @Autowired
    ApiClient api;
    @Autowired
    CaseFixture cases;
    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theSameLogSentTwiceWithOneKeyIsOneCaseAndTheFirstAnswer() {
        String key = "\"" + UUID.randomUUID() + "\"";
        String body = write(caseBody());
        long cases = events("IncidentLogged");

        HttpResponse<String> first = postWithKey(DSL_A, "/api/incidents", body, key);
        assertThat(first.statusCode()).isEqualTo(201);
        HttpResponse<String> again = postWithKey(DSL_A, "/api/incidents", body, key);
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(again.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("json"));
        assertThat(again.headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(events("IncidentLogged")).isEqualTo(cases + 1);

        // the same key with another body: refused, nothing done
        Map<String, Object> other = caseBody();
        other.put("summary", "Another post altogether.");
        HttpResponse<String> mismatch = postWithKey(DSL_A, "/api/incidents", write(other), key);
        assertThat(mismatch.statusCode()).isEqualTo(422);
        assertThat(mismatch.body()).contains("Idempotency-Key was used for a different request");
        // another user's key is theirs: the same key string is a new case for them
        assertThat(postWithKey(DEPUTY_A, "/api/incidents", body, key).statusCode()).isEqualTo(201);
        // without a key, as before: each request is a case
        assertThat(api.post(DSL_A, "/api/incidents", caseBody()).status()).isEqualTo(201);
        assertThat(events("IncidentLogged")).isEqualTo(cases + 3);
    }

    @Test
    void twoAtOnceWithOneKeyMakeOneCase() throws Exception {
        String key = UUID.randomUUID().toString(); // unquoted, as many clients send it
        String body = write(caseBody());
        long cases = events("IncidentLogged");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                sent.add(CompletableFuture.supplyAsync(() -> postWithKey(DSL_A, "/api/incidents", body, key), pool));
            }
            List<String> locations = new ArrayList<>();
            for (CompletableFuture<HttpResponse<String>> f : sent) {
                HttpResponse<String> r = f.get();
                // each waits for the first, or is told it is still being done: never a second case
                assertThat(r.statusCode()).as(r.body()).isIn(201, 409);
                r.headers().firstValue("Location").ifPresent(locations::add);
            }
            assertThat(locations).isNotEmpty();
            assertThat(locations.stream().distinct()).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(events("IncidentLogged")).isEqualTo(cases + 1);
    }

    @Test
    void everyCreateHonoursTheKeyAndARefusedRequestDoesNotUseItUp() {
        String complaint = write(Map.of("channel", "EMAIL", "complainant", "A Parent", "summary", "Homework policy"));
        String key = UUID.randomUUID().toString();
        long complaints = events("ComplaintReceived");
        HttpResponse<String> received = postWithKey(DSL_A, "/api/complaints", complaint, key);
        assertThat(received.statusCode()).isEqualTo(201);
        assertThat(postWithKey(DSL_A, "/api/complaints", complaint, key).headers().firstValue("Location"))
                .isEqualTo(received.headers().firstValue("Location"));
        assertThat(events("ComplaintReceived")).isEqualTo(complaints + 1);

        String hrCase = write(Map.of("settingId", SETTING_A, "employeeName", "Casey Clerk", "teacher", false,
                "concernsHarmToChildren", false, "allegation", "A post about a colleague."));
        long opened = events("DisciplinaryCaseOpened");
        String hrKey = UUID.randomUUID().toString();
        HttpResponse<String> open = postWithKey(HR, "/api/disciplinary-cases", hrCase, hrKey);
        assertThat(open.statusCode()).isEqualTo(201);
        assertThat(postWithKey(HR, "/api/disciplinary-cases", hrCase, hrKey).body()).isEqualTo(open.body());
        assertThat(events("DisciplinaryCaseOpened")).isEqualTo(opened + 1);

        // a note (any POST that makes a record): once
        String incident = cases.logCase(DSL_A, caseBody());
        String note = write(Map.of("text", "Spoke to the form tutor."));
        String noteKey = UUID.randomUUID().toString();
        HttpResponse<String> noted = postWithKey(DSL_A, "/api/incidents/" + incident + "/notes", note, noteKey);
        assertThat(noted.statusCode()).isEqualTo(201);
        assertThat(postWithKey(DSL_A, "/api/incidents/" + incident + "/notes", note, noteKey).body())
                .isEqualTo(noted.body());
        assertThat(cases.storedVersion(incident)).as("logged, deadline, one note").isEqualTo(2);

        // refused (400): nothing was done, so the key is free for the corrected request
        String refusedKey = UUID.randomUUID().toString();
        Map<String, Object> bad = caseBody();
        bad.remove("category");
        assertThat(postWithKey(DSL_A, "/api/incidents", write(bad), refusedKey).statusCode()).isEqualTo(400);
        assertThat(postWithKey(DSL_A, "/api/incidents", write(caseBody()), refusedKey).statusCode()).isEqualTo(201);

        // a key that is not one: a 400 naming the header, nothing done
        long before = cases.storedEventCount();
        for (String invalid : List.of("\"\"", "x".repeat(256), "\"unterminated", "\"bad\\escape\"")) {
            HttpResponse<String> r = postWithKey(DSL_A, "/api/incidents", write(caseBody()), invalid);
            assertThat(r.statusCode()).as(invalid).isEqualTo(400);
            assertThat(r.body()).contains("\"field\":\"Idempotency-Key\"");
        }
        assertThat(cases.storedEventCount()).isEqualTo(before);
    }

    @Test
    void anExpiredKeyIsDeletedAndNoLongerAnswers() {
        String key = UUID.randomUUID().toString();
        String body = write(caseBody());
        HttpResponse<String> first = postWithKey(DSL_A, "/api/incidents", body, key);
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(keyRows(key)).isEqualTo(1);
        // 24 hours later, as far as the key knows
        jdbc.update("UPDATE tidemark_idempotency_key SET expires_at = ? WHERE idem_key = ?",
                java.time.OffsetDateTime.now().minusMinutes(1), key);
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (keyRows(key) > 0 && System.nanoTime() < until) {
            sleep(100);
        }
        assertThat(keyRows(key)).as("expired keys are deleted").isZero();
        HttpResponse<String> later = postWithKey(DSL_A, "/api/incidents", body, key);
        assertThat(later.statusCode()).isEqualTo(201);
        assertThat(later.headers().firstValue("Location")).isNotEqualTo(first.headers().firstValue("Location"));
    }

    @Test
    void theReportFormSentAgainIsOneCase() throws Exception {
        Browser staff = new Browser("http://localhost:" + port);
        assertThat(staff.signIn(STAFF_A, PASSWORD).statusCode()).isEqualTo(302);
        String page = staff.get("/concerns/new").body();
        Matcher hidden = HIDDEN_KEY.matcher(page);
        assertThat(hidden.find()).as("the form's one-time key").isTrue();
        String csrf = staff.csrfOf("/concerns/new");
        assertThat(HIDDEN_KEY.matcher(staff.get("/concerns/new").body()).results().map(m -> m.group(1)))
                .as("a new key each time the form is shown").doesNotContain(hidden.group(1));
        Map<String, String> form = IncidentPagesTest.concern("Videos mocking a pupil, sent twice.");
        form.put("idempotencyKey", hidden.group(1));
        long cases = events("IncidentLogged");

        HttpResponse<String> sent = staff.post("/concerns/new", form, csrf);
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(302);
        String id = reported(sent);
        // the phone lost the answer and sends the same form again, twice at once for good measure
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<CompletableFuture<HttpResponse<String>>> again = List.of(
                    CompletableFuture.supplyAsync(() -> staff.post("/concerns/new", form, csrf), pool),
                    CompletableFuture.supplyAsync(() -> staff.post("/concerns/new", form, csrf), pool));
            for (CompletableFuture<HttpResponse<String>> f : again) {
                assertThat(f.get().statusCode()).isEqualTo(302);
                assertThat(reported(f.get())).isEqualTo(id);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(staff.get("/concerns/" + id).body()).contains("Report sent");
        assertThat(events("IncidentLogged")).isEqualTo(cases + 1);

        // the same form with other answers under that key is not sent silently: said, with a new key to send it
        form.put("summary", "Something else entirely.");
        HttpResponse<String> changed = staff.post("/concerns/new", form, csrf);
        assertThat(changed.statusCode()).isEqualTo(409);
        assertThat(changed.body()).contains("This form was sent already");
        Matcher fresh = HIDDEN_KEY.matcher(changed.body());
        assertThat(fresh.find()).isTrue();
        assertThat(fresh.group(1)).isNotEqualTo(hidden.group(1));
        assertThat(events("IncidentLogged")).isEqualTo(cases + 1);
        form.put("idempotencyKey", fresh.group(1));
        assertThat(reported(staff.post("/concerns/new", form, csrf))).isNotEqualTo(id);
        assertThat(events("IncidentLogged")).isEqualTo(cases + 2);
    }

    private static String reported(HttpResponse<String> response) {
        Matcher m = REPORTED.matcher(String.valueOf(Browser.location(response)));
        assertThat(m.matches()).as("redirect to the report: %s", Browser.location(response)).isTrue();
        return m.group(1);
    }

    private long events(String type) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM DomainEventEntry WHERE payloadType LIKE ?", Long.class,
                "%." + type);
        return n == null ? 0 : n;
    }

    private long keyRows(String key) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM tidemark_idempotency_key WHERE idem_key = ?", Long.class,
                key);
        return n == null ? 0 : n;
    }

    private HttpResponse<String> postWithKey(String user, String path, String body, String key) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofMinutes(2)) // a first request on a machine shared by many builds can be slow
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
