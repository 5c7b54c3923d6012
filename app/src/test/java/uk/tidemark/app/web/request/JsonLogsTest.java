package uk.tidemark.app.web.request;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.tidemark.app.support.TestAccounts;
import uk.tidemark.app.support.TidemarkProcess;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13 (decision 0033): with {@code logging.structured.format.console=ecs} the application's output is JSON, one
 * object a line, from the first line to the last, and every line written while a request was answered carries the
 * request's id. The application runs as a process of its own (as in its container), with a DSL account, with Spring
 * MVC and Tidemark at DEBUG so that every request writes lines; the test sends requests with a well-formed {@code X-Request-Id}, with
 * malformed ones and with none, stops the application with SIGTERM and parses the whole output.
 */
class JsonLogsTest {

    private static final String PASSWORD = "json-logs-password-1";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path dataDir;

    @Test
    void everyLineIsJsonAndEveryLineOfARequestCarriesItsId() throws Exception {
        Path log = dataDir.resolve("tidemark.log");
        String given = "probe-7f3a.1_b";
        String malformed = "bad id\"; injected=1";
        String tooLong = "x".repeat(65);
        Map<String, String> echoed = new HashMap<>();
        int port;
        TestAccounts.seedDsl(dataDir, "dsl", PASSWORD);
        try (TidemarkProcess tidemark = TidemarkProcess.start(dataDir, log,
                "--logging.structured.format.console=ecs",
                "--logging.level.org.springframework.web=DEBUG",
                "--logging.level.uk.tidemark=DEBUG",
                "--tidemark.embedded-mongo.in-memory=true")) {
            tidemark.awaitHealthy(Duration.ofMinutes(5));
            String base = tidemark.baseUrl();
            port = URI.create(base).getPort();

            HttpResponse<String> me = send(base + "/api/me", given, "dsl");
            assertThat(me.statusCode()).isEqualTo(200);
            assertThat(me.headers().firstValue("X-Request-Id")).as("echoed").contains(given);
            for (String bad : List.of(malformed, tooLong)) {
                HttpResponse<String> list = send(base + "/api/incidents?size=2", bad, "dsl");
                assertThat(list.statusCode()).isEqualTo(200);
                String id = list.headers().firstValue("X-Request-Id").orElseThrow();
                assertThat(id).as("a new id for %s", bad).isNotEqualTo(bad).matches(RequestIdFilter.WELL_FORMED);
                echoed.put(bad, id);
            }
            // no header; a 404 problem
            for (String path : List.of("/api/incidents?size=1", "/api/incidents/no-such-case")) {
                HttpResponse<String> answer = send(base + path, null, "dsl");
                String id = answer.headers().firstValue("X-Request-Id").orElseThrow();
                assertThat(id).as(path).matches(RequestIdFilter.WELL_FORMED);
                echoed.put(path, id);
            }
            // a refused sign-in is answered by the security filters, after this one: it has its id too
            HttpResponse<String> refused = send(base + "/api/me", null, "nobody");
            assertThat(refused.statusCode()).isEqualTo(401);
            assertThat(refused.headers().firstValue("X-Request-Id")).hasValueSatisfying(id ->
                    assertThat(id).matches(RequestIdFilter.WELL_FORMED));
        } // SIGTERM: the application stops gracefully and its last lines are written

        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/json-logs.txt"), lines);
        assertThat(lines).as("lines written").hasSizeGreaterThan(50);
        List<String> notJson = new ArrayList<>();
        List<JsonNode> entries = new ArrayList<>();
        for (String line : lines) {
            try {
                JsonNode entry = JSON.readTree(line);
                if (entry == null || !entry.isObject()) {
                    notJson.add(line);
                } else {
                    entries.add(entry);
                }
            } catch (IOException e) {
                notJson.add(line);
            }
        }
        assertThat(notJson).as("lines that are not one JSON object").isEmpty();
        for (JsonNode entry : entries) {
            assertThat(entry.path("@timestamp").asText()).isNotBlank();
            assertThat(entry.at("/log/level").asText()).isNotBlank();
            assertThat(entry.has("message")).isTrue();
        }

        // the lines written on the application port's request threads: each with a well-formed request id
        Pattern requestThread = Pattern.compile("http-nio-(127\\.0\\.0\\.1-)?" + port + "-exec-\\d+");
        List<JsonNode> requestLines = entries.stream()
                .filter(e -> requestThread.matcher(e.at("/process/thread/name").asText()).matches()).toList();
        assertThat(requestLines).as("lines written while answering requests").hasSizeGreaterThan(10);
        assertThat(requestLines).allSatisfy(e -> assertThat(e.path(RequestIdFilter.MDC_KEY).asText())
                .as("requestId of %s", e).matches(RequestIdFilter.WELL_FORMED));
        Set<String> ids = new LinkedHashSet<>();
        requestLines.forEach(e -> ids.add(e.path(RequestIdFilter.MDC_KEY).asText()));
        assertThat(ids).as("the ids the answers carried are in the lines").contains(given)
                .containsAll(echoed.values());
        assertThat(requestLines.stream().filter(e -> given.equals(e.path(RequestIdFilter.MDC_KEY).asText())).count())
                .as("lines of the request with its own id").isGreaterThanOrEqualTo(2);
        // a malformed id is never written anywhere
        String text = String.join("\n", lines);
        assertThat(text).doesNotContain("injected=1").doesNotContain(tooLong);
        // the graceful shutdown is in the log too
        assertThat(entries.stream().map(e -> e.path("message").asText()))
                .anyMatch(m -> m.contains("Graceful shutdown complete"));
    }

    private HttpResponse<String> send(String url, String requestId, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        if (requestId != null) {
            request.header("X-Request-Id", requestId);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
