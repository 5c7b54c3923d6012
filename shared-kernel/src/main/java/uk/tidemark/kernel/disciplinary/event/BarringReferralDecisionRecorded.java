package uk.tidemark.kernel.disciplinary.event;

import uk.tidemark.kernel.Personal;
import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.disciplinary.*;

/** The barring referral decision was recorded; {@code tra} is null for an employee who is not a teacher. */
@Revision("1")
public record BarringReferralDecisionRecorded(DisciplinaryCaseId caseId, ReferralDecision dbs,
                                              ReferralDecision tra,
                                              @Personal String reasons) implements DisciplinaryEvent {
}
