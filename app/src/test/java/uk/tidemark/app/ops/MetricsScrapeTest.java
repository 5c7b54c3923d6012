package uk.tidemark.app.ops;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.micrometer.metrics.test.autoconfigure.AutoConfigureMetrics;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import uk.tidemark.app.deploy.MonitoringFiles;
import uk.tidemark.app.fixture.ApiClient;
import uk.tidemark.app.fixture.ApiClient.Reply;
import uk.tidemark.app.fixture.CaseFixture;
import uk.tidemark.app.fixture.RunningApp;
import uk.tidemark.app.web.TestClock;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static uk.tidemark.app.fixture.ApiClient.assertProblem;
import static uk.tidemark.app.fixture.CaseFixture.caseBody;
import static uk.tidemark.app.fixture.CaseFixture.sleep;
import static uk.tidemark.app.fixture.TestAccounts.*;

/**
 * What Prometheus finds at /actuator/prometheus on the management port (anonymously, as it scrapes) once cases have
 * been logged, triaged, refused and missed a deadline, and after a rebuild: Axon's dimensional metrics and Tidemark's
 * own, by the names docs/metrics.md lists. And that the application's port serves health but no metrics.
 * <p>
 * {@code @AutoConfigureMetrics}: Spring Boot's tests switch metrics export off unless asked, and the
 * Prometheus endpoint is then a 404.
 */
@RunningApp
@AutoConfigureMetrics
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = {
        "db-scheduler.polling-interval=200ms",
        // the read-model gauges' cache, short enough for a test to see a change
        "tidemark.metrics.read-model-refresh=300ms"})
class MetricsScrapeTest {

    private static final HttpClient SCRAPER = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{([^}]*)})? (\\S+)$");

    @Autowired
    ApiClient api;
    @Autowired
    CaseFixture cases;
    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @LocalManagementPort
    int managementPort;

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    @Test
    void prometheusFindsAxonsAndTidemarksMetrics(CapturedOutput output) throws Exception {
        // three cases, one triaged HIGH; one command refused; the other two miss their first-response deadline
        String triaged = cases.logAndAwait(caseBody()).path("id").asText();
        String missed = cases.logAndAwait(caseBody()).path("id").asText();
        cases.logAndAwait(caseBody());
        assertThat(api.post(DSL_A, "/api/incidents/" + triaged + "/triage", Map.of("severity", "HIGH", "reason", "r"))
                .status()).isEqualTo(204);
        assertProblem(api.post(DSL_A, "/api/incidents/" + triaged + "/reopen", Map.of("reason", "why not")), 409);

        JsonNode due = cases.awaitDeadline(DSL_A, missed, "FIRST_RESPONSE", "PENDING");
        assertThat(TestClock.advanceTo(Instant.parse(due.path("dueAt").asText()).plus(Duration.ofHours(1)), jdbc))
                .isPositive();
        cases.awaitDeadline(DSL_A, missed, "FIRST_RESPONSE", "MISSED", Duration.ofSeconds(10));
        TestClock.reset();

        // the read-model gauges refresh within their cache time; the lag comes down to zero
        String scrape = awaitScrape(s -> value(s, "tidemark_cases_open", "stage", "NEW", "severity", "NOT_ASSESSED")
                        == 2
                        && value(s, "tidemark_deadlines_missed", "kind", "FIRST_RESPONSE") == 2
                        && value(s, "tidemark_processor_lag_events", "processor", "incidents") == 0
                        && value(s, "tidemark_processor_lag_events", "processor", "deadline-board") == 0,
                "open cases, the missed deadline and no lag");
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/metrics-scrape.txt"), scrape);

        // Axon's, dimensional: one timer with the command as a tag; processors by name; the query bus
        assertThat(value(scrape, "commandBus_allTimer_seconds_count", "payloadType", "LogIncident")).isEqualTo(3);
        assertThat(value(scrape, "commandBus_successCounter_total", "payloadType", "TriageIncident")).isEqualTo(1);
        assertThat(value(scrape, "commandBus_failureCounter_total", "payloadType", "ReopenIncident")).isEqualTo(1);
        assertThat(value(scrape, "commandBus_allTimer_seconds_bucket", "payloadType", "LogIncident", "le", "+Inf"))
                .as("the command timer's histogram buckets").isEqualTo(3);
        assertThat(find(scrape, "eventProcessor_latency", "processorName", "incidents")).isPresent();
        assertThat(value(scrape, "eventProcessor_successCounter_total", "processorName", "incidents",
                "payloadType", "IncidentLogged")).isEqualTo(3);
        assertThat(find(scrape, "queryBus_successCounter_total", "payloadType", "FindIncident")).isPresent();

        // Tidemark's
        assertThat(value(scrape, "tidemark_commands_refused_total", "command", "ReopenIncident")).isEqualTo(1);
        assertThat(value(scrape, "tidemark_cases_open", "stage", "TRIAGED", "severity", "HIGH")).isEqualTo(1);
        assertThat(value(scrape, "tidemark_cases_open", "stage", "TRIAGED", "severity", "LOW")).isZero();
        assertThat(find(scrape, "tidemark_cases_open", "stage", "CLOSED")).as("closed cases are not open").isEmpty();
        assertThat(value(scrape, "tidemark_deadlines_missed", "kind", "LADO_REFERRAL")).isZero();
        assertThat(find(scrape, "tidemark_deadlines_missed", "kind", "APPEAL_WINDOW"))
                .as("a period that ends by itself cannot be missed").isEmpty();
        // each miss told to the setting's DSLs and deputy (the cases have no owner yet)
        assertThat(value(scrape, "tidemark_notifications_total", "kind", "DEADLINE_MISSED")).isEqualTo(6);
        assertThat(value(scrape, "tidemark_notifications_total", "kind", "IMMEDIATE_RISK")).isZero();
        assertThat(value(scrape, "tidemark_notification_emails_total", "kind", "DEADLINE_MISSED", "result", "SENT"))
                .as("no mail server configured").isZero();
        assertThat(value(scrape, "tidemark_audit_entries_total", "kind", "EVENT")).isPositive();
        assertThat(value(scrape, "tidemark_audit_entries_total", "kind", "READ")).as("read-audit records").isPositive();
        assertThat(value(scrape, "tidemark_audit_append_failures_total", "kind", "READ")).as("none failed").isZero();
        assertThat(value(scrape, "tidemark_dead_letters", "processor", "incidents")).isZero();
        assertThat(scrape).as("labels never carry a case's id or a person").doesNotContain(triaged, missed, DSL_A);

        // a rebuild: its progress goes to 1, its replayed events are counted, and it is logged
        assertThat(api.post(ADMIN, "/api/admin/projections/incidents/rebuild", Map.of()).status()).isEqualTo(202);
        String rebuilt = awaitScrape(s -> value(s, "tidemark_projection_rebuild_progress", "processor", "incidents") == 1,
                "the rebuild's progress at 1");
        assertThat(value(rebuilt, "tidemark_projection_rebuild_events_total", "processor", "incidents"))
                .as("events handled during the replay").isPositive();
        assertThat(find(rebuilt, "tidemark_projection_rebuild_progress", "processor", "deadline-board"))
                .as("only a rebuilt processor has one").isEmpty();
        assertThat(output.getOut()).contains("Rebuild of incidents started: replaying ")
                .containsPattern("Rebuild of incidents finished: \\d+ events replayed in [0-9.]+ s \\(\\d+ events/s\\)");
        cases.awaitVersion(DSL_A, triaged, 2);

        // issue 13: every metric the alerting rules and the dashboard read is in the scrape (a rule on a metric that
        // does not exist never fires); Prometheus' own `up` is the one it makes itself
        Set<String> used = new java.util.TreeSet<>(MonitoringFiles.metricsUsed());
        used.removeAll(MonitoringFiles.PROMETHEUS_OWN);
        assertThat(used).contains("tidemark_dead_letters", "tidemark_audit_append_failures_total",
                "tidemark_processor_lag_events", "tidemark_deadlines_missed");
        assertThat(used).as("metrics the rules and the dashboard read, missing from the scrape")
                .allSatisfy(name -> assertThat(families(rebuilt)).as(name).contains(name));
    }

    /**
     * Issue 12: the metrics carry exact small counts the trustees' report suppresses. They answer on the management
     * port, bound to the loopback address, and not at all on the application's port, where health still answers.
     */
    @Test
    void metricsAnswerOnTheManagementPortOnlyAndHealthOnBoth() throws Exception {
        assertThat(managementPort).isPositive().isNotEqualTo(port);
        assertThat(value(scrape(), "tidemark_cases_open", "stage", "NEW", "severity", "NOT_ASSESSED")).isNotNaN();

        for (String path : List.of("/actuator/prometheus", "/actuator/metrics", "/actuator/info",
                "/actuator/health/db", "/actuator/health/unknown", "/actuator")) {
            for (String user : new String[]{null, DSL_A}) {
                Reply reply = api.get(user, path);
                assertThat(reply.status()).as("%s on the application port as %s", path, user).isIn(401, 404);
                assertThat(reply.raw().body()).doesNotContain("tidemark_", "jvm_", "commandBus", "names");
            }
        }
        Reply health = api.get(null, "/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().path("status").asText()).isEqualTo("UP");
        assertThat(fetch("http://127.0.0.1:" + managementPort + "/actuator/health", "application/json").statusCode())
                .isEqualTo(200);
        // issue 13: the probes answer on both ports alike, status only
        for (String probe : List.of("/actuator/health/liveness", "/actuator/health/readiness")) {
            Reply onAppPort = api.get(null, probe);
            assertThat(onAppPort.status()).as(probe).isEqualTo(200);
            assertThat(onAppPort.raw().body()).as(probe).isEqualTo("{\"status\":\"UP\"}");
            HttpResponse<String> onManagementPort = fetch("http://127.0.0.1:" + managementPort + probe,
                    "application/json");
            assertThat(onManagementPort.statusCode()).as(probe).isEqualTo(200);
            assertThat(onManagementPort.body()).as(probe).contains("\"status\":\"UP\"");
        }

        // bound to loopback: another address of this machine does not answer on the management port
        InetAddress other = nonLoopbackAddress();
        assumeTrue(other != null, "this machine has no other address to try");
        try (Socket socket = new Socket()) {
            assertThatThrownBy(() -> socket.connect(
                    new InetSocketAddress(other, managementPort), 2000))
                    .as("the management port on %s", other).isInstanceOf(IOException.class);
        }
    }

    // ---- scraping ----

    String scrape() {
        HttpResponse<String> response = fetch("http://127.0.0.1:" + managementPort + "/actuator/prometheus",
                "text/plain");
        assertThat(response.statusCode()).as("anonymous scrape").isEqualTo(200);
        return response.body();
    }

    private static HttpResponse<String> fetch(String url, String accept) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Accept", accept).timeout(Duration.ofSeconds(10)).GET().build();
        try {
            return SCRAPER.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    String awaitScrape(Predicate<String> done, String what) {
        long until = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        String last;
        do {
            last = scrape();
            if (done.test(last)) {
                return last;
            }
            sleep(200);
        } while (System.nanoTime() < until);
        try {
            Files.writeString(Path.of("target/metrics-scrape-failed.txt"), last);
        } catch (IOException ignored) {
            // the assertion says what matters
        }
        throw new AssertionError("not within 15 s: " + what);
    }

    /** The metric families of a scrape: every sample's name and every family named in a TYPE line. */
    static Set<String> families(String scrape) {
        Set<String> names = new java.util.HashSet<>();
        for (String line : scrape.split("\n")) {
            String trimmed = line.trim();
            if (trimmed.startsWith("# TYPE ")) {
                names.add(trimmed.split(" ")[2]);
            } else {
                Matcher m = SAMPLE.matcher(trimmed);
                if (m.matches()) {
                    names.add(m.group(1));
                }
            }
        }
        return names;
    }

    /** An address of this machine other than loopback (IPv4), or null. */
    private static InetAddress nonLoopbackAddress() throws SocketException {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!nic.isUp() || nic.isLoopback()) {
                continue;
            }
            for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                if (address instanceof Inet4Address && !address.isLoopbackAddress()) {
                    return address;
                }
            }
        }
        return null;
    }

    /** The sample's value, or NaN when there is none. */
    static double value(String scrape, String name, String... labels) {
        return find(scrape, name, labels).orElse(Double.NaN);
    }

    /** The first sample of this metric whose labels include these (name, value) pairs. */
    static OptionalDouble find(String scrape, String name, String... labels) {
        Map<String, String> wanted = new LinkedHashMap<>();
        for (int i = 0; i < labels.length; i += 2) {
            wanted.put(labels[i], labels[i + 1]);
        }
        for (String line : scrape.split("\n")) {
            Matcher m = SAMPLE.matcher(line.trim());
            if (!m.matches() || !m.group(1).equals(name)) {
                continue;
            }
            Map<String, String> actual = new LinkedHashMap<>();
            if (m.group(3) != null) {
                Matcher l = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(m.group(3));
                while (l.find()) {
                    actual.put(l.group(1), l.group(2));
                }
            }
            if (actual.entrySet().containsAll(wanted.entrySet())) {
                return OptionalDouble.of(Double.parseDouble(m.group(4)));
            }
        }
        return OptionalDouble.empty();
    }
}
