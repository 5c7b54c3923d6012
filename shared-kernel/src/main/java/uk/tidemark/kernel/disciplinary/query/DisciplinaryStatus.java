package uk.tidemark.kernel.disciplinary.query;

import uk.tidemark.kernel.disciplinary.DisciplinaryOutcome;
import uk.tidemark.kernel.disciplinary.DisciplinaryStage;

/** The stage of an HR case and the outcome that stands (null before the outcome, or once overturned on appeal). */
public record DisciplinaryStatus(String caseId, String reference, DisciplinaryStage stage, DisciplinaryOutcome outcome) {
}
