package uk.tidemark.kernel.disciplinary.event;

import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.disciplinary.DisciplinaryCaseId;

/**
 * A case opened before references existed was given one (decision 0038), once, at the first start of a version that
 * has them. A case opened since carries its reference in {@link DisciplinaryCaseOpened}.
 */
@Revision("1")
public record DisciplinaryCaseReferenceAssigned(DisciplinaryCaseId caseId, String reference)
        implements DisciplinaryEvent {
}
