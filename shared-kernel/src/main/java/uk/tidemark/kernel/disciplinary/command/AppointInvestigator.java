package uk.tidemark.kernel.disciplinary.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.tidemark.kernel.disciplinary.DisciplinaryCaseId;

/** Appoint (or replace) the person who investigates the allegation. */
public record AppointInvestigator(@TargetAggregateIdentifier DisciplinaryCaseId caseId, String investigator) {
}
