package uk.tidemark.kernel.disciplinary.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.tidemark.kernel.disciplinary.DisciplinaryCaseId;

/** Record what the investigation found. */
public record RecordInvestigationFindings(@TargetAggregateIdentifier DisciplinaryCaseId caseId, String findings) {
}
