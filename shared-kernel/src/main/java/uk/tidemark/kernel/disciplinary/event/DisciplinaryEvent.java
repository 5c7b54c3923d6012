package uk.tidemark.kernel.disciplinary.event;

import uk.tidemark.kernel.disciplinary.DisciplinaryCaseId;

/** Every event of the disciplinary case carries the case id first. */
public interface DisciplinaryEvent {
    DisciplinaryCaseId caseId();
}
