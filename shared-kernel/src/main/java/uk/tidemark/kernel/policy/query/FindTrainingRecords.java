package uk.tidemark.kernel.policy.query;

import java.util.Set;

/**
 * Which training records do these settings hold (null: every setting), for {@code person} only when not null?
 * Answers a list of {@link TrainingView}, by person then course; removed records are left out.
 */
public record FindTrainingRecords(Set<String> visibleSettingIds, String person) {
}
