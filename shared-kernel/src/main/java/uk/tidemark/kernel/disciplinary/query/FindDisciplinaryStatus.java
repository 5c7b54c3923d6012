package uk.tidemark.kernel.disciplinary.query;

import uk.tidemark.kernel.disciplinary.DisciplinaryCaseId;

/**
 * Where does this HR case stand? The little the linked incident may show its DSL (BRIEF.md: "the linked incident
 * shows the DSL the stage and outcome only"). Answers an {@code Optional<DisciplinaryStatus>}.
 */
public record FindDisciplinaryStatus(DisciplinaryCaseId caseId) {
}
