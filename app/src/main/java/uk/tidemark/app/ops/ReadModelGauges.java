package uk.tidemark.app.ops;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import uk.tidemark.kernel.deadline.DeadlineKind;
import uk.tidemark.kernel.incident.Severity;
import uk.tidemark.kernel.incident.Stage;
import uk.tidemark.query.deadline.MissedDeadlineCounts;
import uk.tidemark.query.incident.OpenCaseCounts;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The gauges counted from the read models (decision 0017):
 * <ul>
 * <li>{@code tidemark_cases_open{stage,severity}}: open incident cases, one series for every open stage and severity
 * ({@value #NOT_ASSESSED} before triage), zeros included, so a dashboard never meets a missing series;</li>
 * <li>{@code tidemark_deadlines_missed{kind}}: deadlines the board shows as missed, for every kind that can be
 * missed.</li>
 * </ul>
 * Each is one aggregation, run when a scrape asks and at most once per {@code tidemark.metrics.read-model-refresh}
 * (15 s), so scraping never hammers the read store. The values are the deployment's (every instance reads the same
 * store): aggregate them across instances with {@code max}, not {@code sum}.
 */
@Component
class ReadModelGauges {

    static final String NOT_ASSESSED = "NOT_ASSESSED";
    private static final Logger log = LoggerFactory.getLogger(ReadModelGauges.class);

    private final Cached<Map<Stage, Map<String, Long>>> openCases;
    private final Cached<Map<DeadlineKind, Long>> missedDeadlines;

    ReadModelGauges(OpenCaseCounts openCaseCounts, MissedDeadlineCounts missedDeadlineCounts, MeterRegistry registry,
                    @Value("${tidemark.metrics.read-model-refresh:15s}") Duration refresh) {
        this.openCases = new Cached<>(refresh, () -> countOpenCases(openCaseCounts));
        this.missedDeadlines = new Cached<>(refresh, () -> countMissed(missedDeadlineCounts));

        List<String> severities = new ArrayList<>(Arrays.stream(Severity.values()).map(Enum::name).toList());
        severities.add(NOT_ASSESSED);
        List<MultiGauge.Row<?>> caseRows = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            if (stage == Stage.CLOSED) {
                continue;
            }
            for (String severity : severities) {
                caseRows.add(MultiGauge.Row.of(Tags.of("stage", stage.name(), "severity", severity), this,
                        g -> g.openCases(stage, severity)));
            }
        }
        MultiGauge.builder("tidemark.cases.open")
                .description("Open incident cases by stage and severity (NOT_ASSESSED before triage), from the case "
                        + "read model")
                .register(registry)
                .register(caseRows);

        List<MultiGauge.Row<?>> deadlineRows = Arrays.stream(DeadlineKind.values())
                .filter(kind -> !kind.endsByItself())
                .<MultiGauge.Row<?>>map(kind -> MultiGauge.Row.of(Tags.of("kind", kind.name()), this,
                        g -> g.missed(kind)))
                .toList();
        MultiGauge.builder("tidemark.deadlines.missed")
                .description("Deadlines missed, by kind, as the deadline board shows them (a missed deadline stays "
                        + "missed, so this only grows)")
                .register(registry)
                .register(deadlineRows);
    }

    private double openCases(Stage stage, String severity) {
        Map<String, Long> bySeverity = openCases.get().get(stage);
        return bySeverity == null ? 0 : bySeverity.getOrDefault(severity, 0L);
    }

    private double missed(DeadlineKind kind) {
        return missedDeadlines.get().getOrDefault(kind, 0L);
    }

    private static Map<Stage, Map<String, Long>> countOpenCases(OpenCaseCounts counts) {
        Map<Stage, Map<String, Long>> result = new EnumMap<>(Stage.class);
        try {
            for (OpenCaseCounts.Count c : counts.byStageAndSeverity()) {
                String severity = c.severity() == null ? NOT_ASSESSED : c.severity().name();
                result.computeIfAbsent(c.stage(), s -> new HashMap<>()).merge(severity, c.cases(), Long::sum);
            }
        } catch (RuntimeException e) {
            log.warn("Open cases could not be counted for the metrics: {}", e.getClass().getSimpleName());
        }
        return result;
    }

    private static Map<DeadlineKind, Long> countMissed(MissedDeadlineCounts counts) {
        try {
            return counts.byKind();
        } catch (RuntimeException e) {
            log.warn("Missed deadlines could not be counted for the metrics: {}", e.getClass().getSimpleName());
            return Map.of();
        }
    }
}
