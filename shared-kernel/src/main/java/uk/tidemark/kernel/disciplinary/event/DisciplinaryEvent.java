package uk.tidemark.kernel.disciplinary.event;

import uk.tidemark.kernel.DataKeyed;
import uk.tidemark.kernel.disciplinary.DisciplinaryCaseId;

/** Every event of the disciplinary case carries the case id first. */
public interface DisciplinaryEvent extends DataKeyed {
    DisciplinaryCaseId caseId();

    @Override
    default String dataKey() {
        return caseId().value();
    }
}
