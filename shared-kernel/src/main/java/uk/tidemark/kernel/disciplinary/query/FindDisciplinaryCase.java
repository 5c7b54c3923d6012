package uk.tidemark.kernel.disciplinary.query;

import uk.tidemark.kernel.disciplinary.DisciplinaryCaseId;

/** What is the whole HR record of this case? Answers an {@code Optional<DisciplinaryCaseDetail>}, empty when unknown. */
public record FindDisciplinaryCase(DisciplinaryCaseId caseId) {
}
