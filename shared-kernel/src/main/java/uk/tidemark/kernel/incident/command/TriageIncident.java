package uk.tidemark.kernel.incident.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.tidemark.kernel.incident.*;

/** Assess severity (with a reason), optionally take or give ownership and, for staff subjects, choose the allegation route. */
public record TriageIncident(@TargetAggregateIdentifier IncidentId incidentId, Severity severity, String reason, String ownerId,
                             AllegationRoute allegationRoute) {
}
