package uk.tidemark.kernel.incident.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.tidemark.kernel.ErasureGround;
import uk.tidemark.kernel.incident.*;

/**
 * Confirm the destruction another lead asked for: the case's data key is destroyed with it, in the same transaction.
 * {@code ground} is the ground the key was destroyed on, as the sender read it from the request; the case refuses a
 * confirmation whose ground is not the request's, so the key's tombstone and the event always agree.
 */
public record ConfirmDestruction(@TargetAggregateIdentifier IncidentId incidentId, ErasureGround ground) {
}
