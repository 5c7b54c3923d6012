package uk.tidemark.kernel.incident.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.tidemark.kernel.ErasureGround;
import uk.tidemark.kernel.incident.*;

/** Ask for the case's personal content to be destroyed now; a second lead confirms. */
public record RequestDestruction(@TargetAggregateIdentifier IncidentId incidentId, ErasureGround ground, String reason) {
}
