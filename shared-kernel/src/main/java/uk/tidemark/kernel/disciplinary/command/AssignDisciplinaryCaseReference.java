package uk.tidemark.kernel.disciplinary.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.tidemark.kernel.disciplinary.DisciplinaryCaseId;

/**
 * Give a case opened before references existed its reference (decision 0038). Sent by the application at start,
 * never by a user; a case that has a reference already is left as it is.
 */
public record AssignDisciplinaryCaseReference(@TargetAggregateIdentifier DisciplinaryCaseId caseId) {
}
