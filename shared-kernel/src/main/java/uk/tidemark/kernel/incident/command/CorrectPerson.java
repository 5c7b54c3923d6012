package uk.tidemark.kernel.incident.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.tidemark.kernel.incident.*;

/**
 * Correct a person named on the case: their name, role or how they are involved (null: as it was), and why. The
 * report as first logged is kept; the correction is a record of its own.
 */
public record CorrectPerson(@TargetAggregateIdentifier IncidentId incidentId, PersonId personId, String name,
                            PersonRole role, Involvement involvement, String reason) implements RecordCorrection {
}
