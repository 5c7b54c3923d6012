package uk.tidemark.kernel.incident.query;

import uk.tidemark.kernel.incident.Severity;
import uk.tidemark.kernel.incident.Stage;

import java.util.EnumMap;
import java.util.Map;

/**
 * The counts of the cases a {@link FindCaseCounts} matched: every stage and every severity is present (0 when no
 * case has it), in the enums' order; {@code notAssessed} counts the cases with no severity yet (not triaged).
 */
public record IncidentCounts(long total, Map<Stage, Long> byStage, Map<Severity, Long> bySeverity, long notAssessed) {

    public IncidentCounts {
        byStage = complete(Stage.class, byStage);
        bySeverity = complete(Severity.class, bySeverity);
    }

    public static IncidentCounts none() {
        return new IncidentCounts(0, Map.of(), Map.of(), 0);
    }

    private static <E extends Enum<E>> Map<E, Long> complete(Class<E> type, Map<E, Long> counts) {
        EnumMap<E, Long> all = new EnumMap<>(type);
        for (E value : type.getEnumConstants()) {
            all.put(value, counts == null ? 0L : counts.getOrDefault(value, 0L));
        }
        return java.util.Collections.unmodifiableMap(all);
    }
}
