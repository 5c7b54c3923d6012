package uk.tidemark.kernel.disciplinary.query;

import java.util.Set;

/**
 * Which disciplinary cases are there, newest opened first? Answers a list of {@link DisciplinaryCaseSummary}.
 * {@code visibleSettingIds} is the caller's scope, set by the server: null means every setting, an empty set none.
 * {@code openOnly} leaves out closed cases.
 */
public record FindDisciplinaryCases(Set<String> visibleSettingIds, boolean openOnly) {
}
