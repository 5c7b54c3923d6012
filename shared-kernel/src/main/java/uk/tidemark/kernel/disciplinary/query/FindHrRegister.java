package uk.tidemark.kernel.disciplinary.query;

import java.util.Set;

/**
 * The HR register: the open cases and the live warnings. Answers an {@link HrRegister}. {@code visibleSettingIds}
 * as in {@link FindDisciplinaryCases}: null means every setting, an empty set none.
 */
public record FindHrRegister(Set<String> visibleSettingIds) {
}
