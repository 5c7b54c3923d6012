package uk.tidemark.app.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The PromQL of the deployment's monitoring: the alerting rules ({@code docker/prometheus/alerts.yml}) and the Grafana
 * dashboard's queries, and the metric names each one reads. Shared by {@link DockerFilesTest} (the names are
 * documented in docs/metrics.md) and the metrics scrape test (the names are in a real scrape of the application).
 */
public final class MonitoringFiles {

    public static final Path DOCKER = Path.of("..", "docker");
    /** Series Prometheus makes itself, not the application: {@code up} is 1 when a target's last scrape worked. */
    public static final Set<String> PROMETHEUS_OWN = Set.of("up");

    private static final Set<String> KEYWORDS = Set.of("and", "or", "unless", "bool", "offset", "by", "without", "on",
            "ignoring", "group_left", "group_right", "inf", "nan", "atan2");
    private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'");
    private static final Pattern LABEL_LIST = Pattern.compile(
            "\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME = Pattern.compile("(?<![A-Za-z0-9_:.$])[a-zA-Z_:][a-zA-Z0-9_:]*");

    private MonitoringFiles() {
    }

    /** The alerting rules by alert name, each as its YAML map (alert, expr, for, labels, annotations). */
    @SuppressWarnings("unchecked")
    public static Map<String, Map<String, Object>> alertRules() {
        Map<String, Object> file = new Yaml().load(read(DOCKER.resolve("prometheus/alerts.yml")));
        Map<String, Map<String, Object>> rules = new LinkedHashMap<>();
        for (Map<String, Object> group : (List<Map<String, Object>>) file.get("groups")) {
            for (Map<String, Object> rule : (List<Map<String, Object>>) group.get("rules")) {
                rules.put(String.valueOf(rule.get("alert")), rule);
            }
        }
        return rules;
    }

    /** Every query of the dashboard, by panel title. */
    public static Map<String, List<String>> dashboardQueries() {
        Map<String, List<String>> queries = new LinkedHashMap<>();
        try {
            JsonNode dashboard = new ObjectMapper().readTree(DOCKER.resolve("grafana/dashboards/tidemark.json").toFile());
            for (JsonNode panel : dashboard.get("panels")) {
                List<String> list = new ArrayList<>();
                panel.get("targets").forEach(t -> list.add(t.get("expr").asText()));
                queries.put(panel.get("title").asText(), list);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return queries;
    }

    /** The metric names every rule and every dashboard query reads. */
    public static Set<String> metricsUsed() {
        Set<String> names = new LinkedHashSet<>();
        alertRules().values().forEach(rule -> names.addAll(metricNames(String.valueOf(rule.get("expr")))));
        dashboardQueries().values().forEach(list -> list.forEach(expr -> names.addAll(metricNames(expr))));
        return names;
    }

    /**
     * The metric names a PromQL expression selects: its identifiers less functions (a name before "("), keywords,
     * label names (in braces, and in by/without/on/ignoring lists), strings, durations and Grafana's variables.
     */
    public static Set<String> metricNames(String expr) {
        String s = STRING.matcher(expr).replaceAll("\"\"");
        s = s.replaceAll("\\{[^}]*}", " ").replaceAll("\\[[^\\]]*]", " ");
        s = LABEL_LIST.matcher(s).replaceAll(" ");
        Set<String> names = new LinkedHashSet<>();
        Matcher m = NAME.matcher(s);
        while (m.find()) {
            String name = m.group();
            String rest = s.substring(m.end()).stripLeading();
            if (rest.startsWith("(") || KEYWORDS.contains(name.toLowerCase())) {
                continue;
            }
            names.add(name);
        }
        return names;
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
