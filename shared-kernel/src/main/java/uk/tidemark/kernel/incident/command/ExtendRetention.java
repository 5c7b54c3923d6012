package uk.tidemark.kernel.incident.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import uk.tidemark.kernel.incident.*;

/** Keep the case beyond its retention review, until the date given, for a reason. */
public record ExtendRetention(@TargetAggregateIdentifier IncidentId incidentId, java.time.LocalDate until, String reason) {
}
