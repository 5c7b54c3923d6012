package uk.tidemark.kernel.disciplinary.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.tidemark.kernel.disciplinary.*;

/** Record whether the case was referred to the DBS and, for a teacher, the TRA. */
public record RecordBarringReferralDecision(@TargetAggregateIdentifier DisciplinaryCaseId caseId, ReferralDecision dbs, ReferralDecision tra, String reasons) {
}
