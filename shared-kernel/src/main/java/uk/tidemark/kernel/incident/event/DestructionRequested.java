package uk.tidemark.kernel.incident.event;

import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.ErasureGround;
import uk.tidemark.kernel.incident.*;

/**
 * A lead asked for the case's personal content to be destroyed now: at its retention review, or on a request for
 * erasure the school accepted. Nothing is destroyed until a second lead confirms ({@link IncidentContentDestroyed}).
 * {@code reason} is the governance record of why, kept after the erasure: the form asks for it without names.
 * {@code requestedBy} is the lead who asked (a username): the confirmation must come from another.
 */
@Revision("1")
public record DestructionRequested(IncidentId incidentId, ErasureGround ground,
                                   String reason, String requestedBy) implements IncidentEvent {
}
