package uk.tidemark.app.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

import javax.tools.ToolProvider;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The production deployment in {@code docker/}, checked without a Docker engine (none runs on the build machines):
 * the compose file, the Dockerfile, the health probe, Prometheus' scrape configuration, Grafana's provisioning and
 * the Tidemark dashboard. When a compose client is installed ({@code docker compose} or {@code docker-compose}),
 * {@link #composeClientAcceptsTheFile} also has it validate the file; otherwise that one test is skipped, saying so.
 */
class DockerFilesTest {

    static final Path DOCKER = Path.of("..", "docker");
    static final ObjectMapper JSON = new ObjectMapper();

    /**
     * The metric names the dashboard may query: Axon's (axon-micrometer, {@code axon.metrics.micrometer.dimensional
     * =true}: one {@code commandBus_*} timer tagged by payloadType, one {@code eventProcessor_*} family tagged by
     * processorName) and Tidemark's business metrics. Keep in line with docs/metrics.md.
     */
    static final String METRICS_DOC = read(Path.of("..", "docs", "metrics.md"));

    private static String read(Path file) {
        try {
            return java.nio.file.Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static final Set<String> KNOWN_METRICS = Set.of(
            "commandBus_successTimer_seconds_count", "commandBus_failureTimer_seconds_count",
            "commandBus_allTimer_seconds", "commandBus_allTimer_seconds_bucket",
            "eventProcessor_latency",
            "tidemark_deadlines_missed", "tidemark_processor_lag_events",
            "tidemark_cases_open", "tidemark_dead_letters", "tidemark_audit_append_failures_total");

    // ---- compose.yaml -------------------------------------------------------------------------------------------

    @Test
    void everyServiceIsBuiltOrRunsAPinnedImage() throws IOException {
        Map<String, Map<String, Object>> services = services();
        assertThat(services).containsKeys("app", "postgres", "mongo", "prometheus", "grafana");
        services.forEach((name, service) -> {
            Object image = service.get("image");
            if (service.containsKey("build")) {
                return; // built from docker/Dockerfile, whose FROM lines are checked below
            }
            assertThat(image).as("service %s has an image or a build", name).isInstanceOf(String.class);
            assertThat(pinned((String) image)).as("service %s image %s is pinned", name, image).isTrue();
        });
        assertThat(services.get("app").get("build")).isInstanceOf(Map.class);
        assertThat(string(map(services.get("app").get("build")).get("dockerfile"))).isEqualTo("docker/Dockerfile");
    }

    @Test
    void theAppIsHealthCheckedAndWaitsForHealthyStores() throws IOException {
        Map<String, Object> app = services().get("app");
        Map<String, Object> health = map(app.get("healthcheck"));
        assertThat(String.join(" ", strings(health.get("test")))).contains("/actuator/health");
        Map<String, Object> dependsOn = map(app.get("depends_on"));
        assertThat(dependsOn).containsKeys("postgres", "mongo");
        for (String store : List.of("postgres", "mongo")) {
            assertThat(map(dependsOn.get(store)).get("condition")).as(store).isEqualTo("service_healthy");
        }
        Map<String, Object> environment = map(app.get("environment"));
        assertThat(string(environment.get("SPRING_DATASOURCE_URL"))).startsWith("jdbc:postgresql://postgres:5432/");
        assertThat(string(environment.get("TIDEMARK_EMBEDDED_MONGO_ENABLED"))).isEqualTo("false");
        assertThat(string(environment.get("SPRING_MONGODB_URI"))).startsWith("mongodb://").contains("@mongo:27017/")
                .contains("replicaSet=rs0");
    }

    @Test
    void theStoresAreHealthCheckedAndKeepTheirDataInVolumes() throws IOException {
        Map<String, Map<String, Object>> services = services();
        Map<String, Object> postgres = services.get("postgres");
        assertThat(String.join(" ", strings(map(postgres.get("healthcheck")).get("test")))).contains("pg_isready");
        assertThat(strings(postgres.get("volumes"))).anyMatch(v -> v.endsWith(":/var/lib/postgresql/data"));

        Map<String, Object> mongo = services.get("mongo");
        assertThat(String.join(" ", strings(mongo.get("command")))).contains("--replSet rs0");
        assertThat(String.join(" ", strings(map(mongo.get("healthcheck")).get("test"))))
                .contains("rs.initiate(").contains("rs.status()").contains("isWritablePrimary");
        assertThat(strings(mongo.get("volumes"))).anyMatch(v -> v.endsWith(":/data/db"));
        assertThat(DOCKER.resolve("mongo/init-tidemark-user.js")).exists();
    }

    /** No secret in the repository: every password, key or secret comes from docker/.env and is required there. */
    @Test
    void secretsComeOnlyFromTheEnvironmentAndAreRequired() throws IOException {
        Pattern secretName = Pattern.compile(".*(PASSWORD|SECRET|_KEY)$");
        Pattern required = Pattern.compile("\\$\\{[A-Z_]+:\\?[^}]*}");
        List<String> secrets = new ArrayList<>();
        services().forEach((name, service) -> {
            if (service.get("environment") instanceof Map<?, ?> environment) {
                environment.forEach((key, value) -> {
                    if (secretName.matcher(key.toString()).matches()) {
                        secrets.add(name + "." + key);
                        assertThat(required.matcher(string(value)).matches()).as("%s.%s = %s", name, key, value).isTrue();
                    }
                });
            }
        });
        assertThat(secrets).contains("app.SPRING_DATASOURCE_PASSWORD", "app.TIDEMARK_SECURITY_TOTP_KEY",
                "postgres.POSTGRES_PASSWORD", "mongo.MONGO_INITDB_ROOT_PASSWORD", "grafana.GF_SECURITY_ADMIN_PASSWORD");
        // the Mongo URI carries the app's password: required too
        assertThat(string(map(services().get("app").get("environment")).get("SPRING_MONGODB_URI")))
                .contains("${TIDEMARK_MONGO_PASSWORD:?");

        Map<String, String> example = envFile(DOCKER.resolve(".env.example"));
        for (String variable : List.of("POSTGRES_PASSWORD", "MONGO_ROOT_PASSWORD", "TIDEMARK_MONGO_PASSWORD",
                "TIDEMARK_TOTP_KEY", "GRAFANA_ADMIN_PASSWORD")) {
            assertThat(example).as(".env.example names " + variable).containsKey(variable);
            assertThat(example.get(variable)).as(".env.example leaves %s to be chosen", variable).isEmpty();
        }
        assertThat(Files.readAllLines(Path.of("..", ".gitignore"))).contains("docker/.env");
    }

    // ---- Dockerfile and its health probe --------------------------------------------------------------------------

    @Test
    void theDockerfilePinsItsBaseImagesRunsAsNonRootAndChecksHealth() throws IOException {
        List<String> lines = Files.readAllLines(DOCKER.resolve("Dockerfile"));
        Map<String, String> args = new HashMap<>();
        Set<String> stages = new LinkedHashSet<>();
        List<String> finalStage = new ArrayList<>();
        int froms = 0;
        for (String raw : lines) {
            String line = raw.strip();
            Matcher arg = Pattern.compile("^ARG\\s+(\\w+)=(\\S+)$").matcher(line);
            if (arg.matches()) {
                args.put(arg.group(1), arg.group(2));
            }
            if (line.startsWith("# syntax=")) {
                assertThat(pinned(line.substring("# syntax=".length()))).as(line).isTrue();
            }
            if (line.startsWith("FROM ")) {
                froms++;
                String[] words = line.split("\\s+");
                String image = resolve(words[1], args);
                if (!stages.contains(image)) {
                    assertThat(pinned(image)).as("FROM %s is pinned", image).isTrue();
                }
                if (words.length >= 4 && words[2].equalsIgnoreCase("AS")) {
                    stages.add(words[3]);
                }
                finalStage.clear();
            }
            finalStage.add(line);
        }
        assertThat(froms).isGreaterThanOrEqualTo(2);
        String runtime = String.join("\n", finalStage);
        Matcher user = Pattern.compile("(?m)^USER\\s+(\\S+)").matcher(runtime);
        assertThat(user.find()).as("the runtime stage sets a USER").isTrue();
        String who = user.group(1).split(":")[0];
        assertThat(who).isNotIn("root", "0");
        assertThat(runtime).containsPattern("(?m)^HEALTHCHECK .*").contains("/actuator/health");
        assertThat(runtime).containsPattern("(?m)^EXPOSE 8080$");
        assertThat(runtime).contains("MaxRAMPercentage");
        // Spring Boot's layers, least changing first
        assertThat(String.join("\n", lines)).contains("-Djarmode=tools").contains("extract --layers");
    }

    /**
     * The ahead-of-time cache (decision 0035): the runtime image is a Java that has one (25+), the image trains it
     * with docker/train-aot.sh (valid shell), and the entrypoint starts with it.
     */
    @Test
    void theImageTrainsItsAheadOfTimeCacheOnAJavaThatHasOneAndStartsWithIt() throws Exception {
        String dockerfile = Files.readString(DOCKER.resolve("Dockerfile"));
        Matcher jre = Pattern.compile("(?m)^ARG JRE_IMAGE=eclipse-temurin:(\\d+)[.\\d_]*-jre$").matcher(dockerfile);
        assertThat(jre.find()).as("the runtime is an eclipse-temurin JRE").isTrue();
        assertThat(Integer.parseInt(jre.group(1))).as("-XX:AOTCacheOutput needs Java 25").isGreaterThanOrEqualTo(25);
        assertThat(dockerfile)
                .containsPattern("(?m)^COPY docker/train-aot.sh /app/train-aot.sh$")
                .containsPattern("(?m)^RUN /app/train-aot.sh /app/tidemark.aot /app/tidemark.jar /app/probe$")
                .contains("AOT_FLAGS=\"-XX:AOTCache=/app/tidemark.aot\"")
                .containsPattern("(?m)^ENTRYPOINT .*exec java \\$JVM_FLAGS \\$AOT_FLAGS \\$JAVA_OPTS -jar /app/tidemark.jar");
        Process syntax = new ProcessBuilder("sh", "-n", DOCKER.resolve("train-aot.sh").toString())
                .redirectErrorStream(true).start();
        String said = new String(syntax.getInputStream().readAllBytes());
        assertThat(syntax.waitFor()).as("sh -n train-aot.sh: %s", said).isZero();
    }

    /** The probe the HEALTHCHECK runs: exit 0 on 200 UP, 1 on 503 DOWN and on a refused connection. */
    @Test
    void theHealthProbeTellsUpFromDown(@TempDir Path classes) throws Exception {
        int compiled = ToolProvider.getSystemJavaCompiler().run(null, null, null, "--release", "17", "-d",
                classes.toString(), DOCKER.resolve("probe/HealthProbe.java").toString());
        assertThat(compiled).isZero();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/up", exchange -> answer(exchange, 200, "{\"status\":\"UP\"}"));
        server.createContext("/down", exchange -> answer(exchange, 503, "{\"status\":\"DOWN\"}"));
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            assertThat(probe(classes, base + "/up")).isZero();
            assertThat(probe(classes, base + "/down")).isEqualTo(1);
        } finally {
            server.stop(0);
        }
        assertThat(probe(classes, "http://127.0.0.1:1/actuator/health")).isEqualTo(1);
    }

    // ---- Prometheus and Grafana -----------------------------------------------------------------------------------

    @Test
    void prometheusScrapesTheApp() throws IOException {
        Map<String, Object> config = yaml(DOCKER.resolve("prometheus/prometheus.yml"));
        List<Map<String, Object>> jobs = maps(config.get("scrape_configs"));
        Map<String, Object> tidemark = jobs.stream().filter(j -> "tidemark".equals(j.get("job_name"))).findFirst()
                .orElseThrow();
        assertThat(tidemark.get("metrics_path")).isEqualTo("/actuator/prometheus");
        List<String> targets = maps(tidemark.get("static_configs")).stream()
                .flatMap(s -> strings(s.get("targets")).stream()).toList();
        assertThat(targets).as("the app's management port").contains("app:8081").doesNotContain("app:8080");
        assertThat(strings(services().get("prometheus").get("volumes")))
                .contains("./prometheus/prometheus.yml:/etc/prometheus/prometheus.yml:ro");
    }

    /**
     * The metrics are on the app's management port (decision 0028): bound to every address inside the container, so
     * that Prometheus reaches it over the compose network, but never published to the host, nor EXPOSEd by the image
     * (which {@code docker run -P} would publish). Health stays on the published application port.
     */
    @Test
    void theManagementPortIsReachableInsideTheNetworkOnlyAndHealthStaysOnTheAppPort() throws IOException {
        Map<String, Object> app = services().get("app");
        Map<String, Object> environment = map(app.get("environment"));
        assertThat(string(environment.get("MANAGEMENT_SERVER_PORT"))).isEqualTo("8081");
        assertThat(string(environment.get("MANAGEMENT_SERVER_ADDRESS"))).isEqualTo("0.0.0.0");
        List<String> ports = strings(app.get("ports"));
        assertThat(ports).isNotEmpty().allSatisfy(p -> assertThat(p).doesNotContain("8081"));
        assertThat(ports).anySatisfy(p -> assertThat(p).endsWith(":8080"));
        assertThat(app).doesNotContainKey("expose");
        assertThat(String.join(" ", strings(map(app.get("healthcheck")).get("test"))))
                .contains("http://127.0.0.1:8080/actuator/health");
        String dockerfile = Files.readString(DOCKER.resolve("Dockerfile"));
        assertThat(dockerfile).doesNotContainPattern("(?m)^EXPOSE .*8081");
        assertThat(dockerfile).contains("http://127.0.0.1:8080/actuator/health");
        // no other service publishes it either
        services().forEach((name, service) -> assertThat(service.get("ports") == null ? List.<String>of()
                : strings(service.get("ports"))).as(name).noneMatch(p -> p.contains("8081")));
    }

    @Test
    void grafanaIsProvisionedWithTheDashboardAndItsDataSource() throws IOException {
        Map<String, Object> datasources = yaml(DOCKER.resolve("grafana/provisioning/datasources/prometheus.yml"));
        Map<String, Object> prometheus = maps(datasources.get("datasources")).get(0);
        assertThat(prometheus.get("url")).isEqualTo("http://prometheus:9090");
        Map<String, Object> providers = yaml(DOCKER.resolve("grafana/provisioning/dashboards/tidemark.yml"));
        String path = string(map(maps(providers.get("providers")).get(0).get("options")).get("path"));
        Map<String, Object> grafana = services().get("grafana");
        assertThat(strings(grafana.get("volumes"))).contains("./grafana/provisioning:/etc/grafana/provisioning:ro",
                "./grafana/dashboards:" + path + ":ro");
        assertThat(string(map(grafana.get("environment")).get("GF_SECURITY_ADMIN_PASSWORD"))).startsWith("${");

        JsonNode dashboard = dashboard();
        for (JsonNode panel : dashboard.get("panels")) {
            assertThat(panel.at("/datasource/uid").asText()).as(panel.get("title").asText())
                    .isEqualTo(prometheus.get("uid"));
        }
    }

    @Test
    void theDashboardHasItsPanelsAndEveryQueryNamesAKnownMetric() throws IOException {
        JsonNode dashboard = dashboard();
        assertThat(dashboard.get("uid").asText()).isEqualTo("tidemark");
        Map<String, List<String>> exprs = new HashMap<>();
        Set<Integer> ids = new LinkedHashSet<>();
        for (JsonNode panel : dashboard.get("panels")) {
            assertThat(ids.add(panel.get("id").asInt())).as("panel ids are unique").isTrue();
            List<String> list = new ArrayList<>();
            panel.get("targets").forEach(t -> list.add(t.get("expr").asText()));
            assertThat(list).as("panel %s has a query", panel.get("title")).isNotEmpty();
            exprs.put(panel.get("title").asText(), list);
        }
        assertThat(exprs).containsKeys("Commands per second", "Command latency (p50, p99)", "Event processor lag",
                "Deadlines missed", "Open cases by stage and severity", "Dead letters");
        assertThat(exprs.get("Dead letters")).containsExactly(
                "max by (processor) (tidemark_dead_letters{job=\"tidemark\"})");
        assertThat(String.join(" ", exprs.get("Command latency (p50, p99)"))).contains("0.5").contains("0.99");
        assertThat(String.join(" ", exprs.get("Open cases by stage and severity"))).contains("stage").contains("severity");

        Pattern selector = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)\\s*\\{");
        exprs.forEach((title, list) -> list.forEach(expr -> {
            Matcher m = selector.matcher(expr);
            List<String> metrics = new ArrayList<>();
            while (m.find()) {
                metrics.add(m.group(1));
            }
            assertThat(metrics).as("%s: %s names a metric", title, expr).isNotEmpty();
            assertThat(KNOWN_METRICS).as("%s: %s", title, expr).containsAll(metrics);
            // and Tidemark's own are the ones docs/metrics.md describes (the app's scrape test pins those)
            metrics.stream().filter(name -> name.startsWith("tidemark_")).forEach(name ->
                    assertThat(METRICS_DOC).as("%s in docs/metrics.md", name).contains("| `" + name + "` |"));
        }));
    }

    // ---- issue 13: probes, shutdown, logs, alerts (decision 0033) -------------------------------------------------

    /** The compose health check, the image's HEALTHCHECK and the probe's default all ask readiness. */
    @Test
    void theHealthChecksAskReadiness() throws IOException {
        String readiness = "http://127.0.0.1:8080/actuator/health/readiness";
        List<String> test = strings(map(services().get("app").get("healthcheck")).get("test"));
        assertThat(test.get(test.size() - 1)).isEqualTo(readiness);
        String healthcheck = Files.readAllLines(DOCKER.resolve("Dockerfile")).stream()
                .dropWhile(line -> !line.startsWith("HEALTHCHECK ")).skip(1).findFirst().orElseThrow();
        assertThat(healthcheck).contains("\"" + readiness + "\"]");
        assertThat(Files.readString(DOCKER.resolve("probe/HealthProbe.java"))).contains("\"" + readiness + "\";");
    }

    /**
     * docker stop gives the application its graceful shutdown: SIGTERM reaches java itself (exec'd by the entry
     * point), the application shuts down gracefully, and compose waits longer than the longest phase of that may take
     * before it sends SIGKILL (Docker's own default, 10 s, is shorter than Spring's default phase, 30 s).
     */
    @Test
    void composeWaitsLongerForTheAppToStopThanItsShutdownPhaseMayTake() throws IOException {
        Map<String, Object> application = yaml(Path.of("src/main/resources/application.yml"));
        assertThat(string(map(application.get("server")).get("shutdown"))).isEqualTo("graceful");
        Duration phase = duration(string(map(map(application.get("spring")).get("lifecycle"))
                .get("timeout-per-shutdown-phase")));
        Duration grace = duration(string(services().get("app").get("stop_grace_period")));
        assertThat(grace).as("stop_grace_period %s against a shutdown phase of %s", grace, phase)
                .isGreaterThan(phase.multipliedBy(2));
        String dockerfile = Files.readString(DOCKER.resolve("Dockerfile"));
        assertThat(dockerfile).containsPattern("(?m)^ENTRYPOINT .*\"sh\", \"-c\", \"exec java ");
        assertThat(dockerfile).doesNotContainPattern("(?m)^STOPSIGNAL (?!SIGTERM$)");
    }

    @Test
    void composeLogsAsJson() throws IOException {
        Map<String, Object> environment = map(services().get("app").get("environment"));
        assertThat(string(environment.get("LOGGING_STRUCTURED_FORMAT_CONSOLE"))).isEqualTo("${TIDEMARK_LOG_FORMAT:-ecs}");
        assertThat(envFile(DOCKER.resolve(".env.example"))).containsEntry("TIDEMARK_LOG_FORMAT", "ecs");
    }

    @Test
    void prometheusLoadsTheAlertRules() throws IOException {
        Map<String, Object> config = yaml(DOCKER.resolve("prometheus/prometheus.yml"));
        assertThat(strings(config.get("rule_files"))).containsExactly("/etc/prometheus/alerts.yml");
        assertThat(strings(services().get("prometheus").get("volumes")))
                .contains("./prometheus/alerts.yml:/etc/prometheus/alerts.yml:ro");
    }

    /**
     * The five alerts, each with a severity and a summary, and every metric their expressions read known: Tidemark's
     * in docs/metrics.md (and, by the metrics scrape test, in a real scrape), Axon's in the list above, or Prometheus'
     * own {@code up}. A rule on a metric that does not exist would never fire, and nobody would notice.
     */
    @Test
    void theAlertsCoverTheFiveConditionsAndReadOnlyDocumentedMetrics() {
        Map<String, Map<String, Object>> rules = MonitoringFiles.alertRules();
        assertThat(rules).containsOnlyKeys("TidemarkInstanceDown", "TidemarkDeadLetters", "TidemarkProcessorLagging",
                "TidemarkAuditAppendFailures", "TidemarkDeadlinesMissedRising");
        Map<String, String> reads = Map.of("TidemarkInstanceDown", "up",
                "TidemarkDeadLetters", "tidemark_dead_letters",
                "TidemarkProcessorLagging", "tidemark_processor_lag_events",
                "TidemarkAuditAppendFailures", "tidemark_audit_append_failures_total",
                "TidemarkDeadlinesMissedRising", "tidemark_deadlines_missed");
        rules.forEach((name, rule) -> {
            String expr = string(rule.get("expr"));
            Set<String> metrics = MonitoringFiles.metricNames(expr);
            assertThat(metrics).as("%s: %s", name, expr).containsExactly(reads.get(name));
            assertThat(expr).as(name).contains("job=\"tidemark\"");
            for (String metric : metrics) {
                if (MonitoringFiles.PROMETHEUS_OWN.contains(metric)) {
                    continue;
                }
                assertThat(KNOWN_METRICS).as("%s: %s", name, expr).contains(metric);
                assertThat(METRICS_DOC).as("%s in docs/metrics.md", metric).contains("| `" + metric + "` |");
            }
            assertThat(string(map(rule.get("labels")).get("severity"))).as(name).isIn("critical", "warning");
            assertThat(string(map(rule.get("annotations")).get("summary"))).as(name).isNotBlank();
            assertThat(string(map(rule.get("annotations")).get("description"))).as(name).isNotBlank();
        });
        // "for minutes": the lag must last before it is an alert; a dead letter, an audit failure, a miss are at once
        assertThat(duration(string(rules.get("TidemarkProcessorLagging").get("for")))).isGreaterThanOrEqualTo(
                Duration.ofMinutes(5));
        // and the documentation lists each alert
        rules.keySet().forEach(name -> assertThat(METRICS_DOC).as("%s in docs/metrics.md", name)
                .contains("| `" + name + "` |"));
    }

    /** The metric-name reader the two tests above rely on. */
    @Test
    void metricNamesAreReadFromPromQl() {
        assertThat(MonitoringFiles.metricNames("sum(max by (kind) (delta(tidemark_deadlines_missed{job=\"x\",kind=~\"a|b\"}"
                + "[$__range])))")).containsExactly("tidemark_deadlines_missed");
        assertThat(MonitoringFiles.metricNames("histogram_quantile(0.99, sum by (le) (rate(a_bucket{job=\"t\"}[5m])))"
                + " or max(b{quantile=\"0.99\"}) unless on (instance) c offset 5m > bool 1e3"))
                .containsExactly("a_bucket", "b", "c");
        assertThat(MonitoringFiles.metricNames("up{job=\"tidemark\"} == 0")).containsExactly("up");
    }

    /**
     * Where Prometheus' own checker is installed (Debian's {@code prometheus} package has it): the configuration and the
     * rules are valid, and the rules' unit tests ({@code alerts.test.yml}: series in, alerts out) pass. Otherwise
     * skipped, saying so; the tests above still read the files.
     */
    @Test
    void promtoolAcceptsTheConfigurationAndTheRulesFireAsTested(@TempDir Path dir) throws Exception {
        assumeTrue(run(List.of("promtool", "--version"), true) == 0,
                "promtool is not installed here: the rules are checked by the tests above only");
        Path prometheus = DOCKER.resolve("prometheus").toAbsolutePath();
        Path config = dir.resolve("prometheus.yml");
        Files.writeString(config, Files.readString(prometheus.resolve("prometheus.yml"))
                .replace("/etc/prometheus/alerts.yml", prometheus.resolve("alerts.yml").toString()));
        assertThat(run(List.of("promtool", "check", "config", config.toString()), false)).isZero();
        assertThat(run(List.of("promtool", "check", "rules", prometheus.resolve("alerts.yml").toString()), false))
                .isZero();
        assertThat(run(List.of("promtool", "test", "rules", prometheus.resolve("alerts.test.yml").toString()), false))
                .isZero();
    }

    // ---- the compose client, where there is one --------------------------------------------------------------------

    @Test
    void composeClientAcceptsTheFile(@TempDir Path dir) throws Exception {
        List<String> client = composeClient();
        assumeTrue(client != null, "no compose client on this machine (neither `docker compose` nor `docker-compose`):"
                + " compose.yaml checked by the other tests only");
        Path env = dir.resolve("test.env");
        Files.writeString(env, """
                POSTGRES_PASSWORD=test-only-postgres
                MONGO_ROOT_PASSWORD=test-only-root
                TIDEMARK_MONGO_PASSWORD=test-only-app
                TIDEMARK_TOTP_KEY=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=
                GRAFANA_ADMIN_PASSWORD=test-only-grafana
                """);
        List<String> ok = new ArrayList<>(client);
        ok.addAll(List.of("-f", DOCKER.resolve("compose.yaml").toString(), "--env-file", env.toString(), "config", "-q"));
        assertThat(run(ok)).as(String.join(" ", ok)).isZero();

        // and with the example's empty secrets, compose refuses to start
        List<String> refused = new ArrayList<>(client);
        refused.addAll(List.of("-f", DOCKER.resolve("compose.yaml").toString(), "--env-file",
                DOCKER.resolve(".env.example").toString(), "config", "-q"));
        assertThat(run(refused)).as(String.join(" ", refused)).isNotZero();
    }

    // ---- helpers --------------------------------------------------------------------------------------------------

    /** A tag that is not "latest", or a digest. Registry ports ("host:5000/x") are not tags. */
    static boolean pinned(String image) {
        if (image.contains("${")) {
            return false;
        }
        if (image.contains("@sha256:")) {
            return true;
        }
        String last = image.substring(image.lastIndexOf('/') + 1);
        int colon = last.indexOf(':');
        if (colon < 0) {
            return false;
        }
        String tag = last.substring(colon + 1);
        return !tag.isBlank() && !tag.equalsIgnoreCase("latest");
    }

    static String resolve(String word, Map<String, String> args) {
        Matcher m = Pattern.compile("\\$\\{(\\w+)}|\\$(\\w+)").matcher(word);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1) != null ? m.group(1) : m.group(2);
            m.appendReplacement(out, Matcher.quoteReplacement(args.getOrDefault(name, "${" + name + "}")));
        }
        m.appendTail(out);
        return out.toString();
    }

    static Map<String, Map<String, Object>> services() throws IOException {
        Map<String, Object> compose = yaml(DOCKER.resolve("compose.yaml"));
        Map<String, Map<String, Object>> services = new HashMap<>();
        map(compose.get("services")).forEach((k, v) -> services.put(k, map(v)));
        return services;
    }

    static JsonNode dashboard() throws IOException {
        return JSON.readTree(DOCKER.resolve("grafana/dashboards/tidemark.json").toFile());
    }

    static Map<String, Object> yaml(Path file) throws IOException {
        return map(new Yaml().load(Files.readString(file)));
    }

    static Map<String, String> envFile(Path file) throws IOException {
        Map<String, String> values = new HashMap<>();
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank() && !line.strip().startsWith("#") && line.contains("=")) {
                values.put(line.substring(0, line.indexOf('=')).strip(), line.substring(line.indexOf('=') + 1).strip());
            }
        }
        return values;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) {
        assertThat(o).isInstanceOf(Map.class);
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> maps(Object o) {
        assertThat(o).isInstanceOf(List.class);
        return (List<Map<String, Object>>) o;
    }

    static List<String> strings(Object o) {
        if (o instanceof String s) {
            return List.of(s);
        }
        assertThat(o).isInstanceOf(List.class);
        return ((List<?>) o).stream().map(String::valueOf).toList();
    }

    static String string(Object o) {
        return o == null ? null : o.toString();
    }

    private static void answer(com.sun.net.httpserver.HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static int probe(Path classes, String url) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return run(List.of(java, "-Xmx16m", "-cp", classes.toString(), "HealthProbe", url));
    }

    private static List<String> composeClient() {
        for (List<String> candidate : List.of(List.of("docker", "compose"), List.of("docker-compose"))) {
            List<String> version = new ArrayList<>(candidate);
            version.add("version");
            try {
                if (run(version) == 0) {
                    return candidate;
                }
            } catch (Exception notThere) {
                // try the next one
            }
        }
        return null;
    }

    /** A compose or Spring duration: 60s, 1m30s, 500ms, 2h. */
    static Duration duration(String text) {
        Matcher part = Pattern.compile("(\\d+)(ms|s|m|h)").matcher(text.strip());
        Duration total = Duration.ZERO;
        int end = 0;
        while (part.find() && part.start() == end) {
            long n = Long.parseLong(part.group(1));
            total = total.plus(switch (part.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                default -> Duration.ofHours(n);
            });
            end = part.end();
        }
        assertThat(end).as("a duration: %s", text).isEqualTo(text.strip().length()).isPositive();
        return total;
    }

    private static int run(List<String> command) throws Exception {
        return run(command, false);
    }

    /** Runs a command; a missing program is -1 when {@code quietIfMissing}. */
    private static int run(List<String> command, boolean quietIfMissing) throws Exception {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException missing) {
            if (quietIfMissing) {
                return -1;
            }
            throw missing;
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("timed out: " + command);
        }
        if (process.exitValue() != 0) {
            System.out.println(String.join(" ", command) + " -> " + process.exitValue() + "\n" + output);
        }
        return process.exitValue();
    }
}
