package uk.tidemark.kernel.declaration.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.tidemark.kernel.declaration.DeclarationId;
import uk.tidemark.kernel.incident.IncidentId;

/** A declared contact was turned into an incident: the declaration keeps the incident's id, once. */
public record RecordDeclarationIncident(@TargetAggregateIdentifier DeclarationId declarationId,
                                        IncidentId incidentId) {
}
