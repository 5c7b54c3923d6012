package uk.tidemark.kernel.declaration.event;

import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.declaration.DeclarationId;
import uk.tidemark.kernel.incident.IncidentId;

/** A safeguarding lead turned a declared contact into the incident {@code incidentId}. */
@Revision("1")
public record DeclarationIncidentLogged(DeclarationId declarationId, IncidentId incidentId)
        implements DeclarationEvent {
}
