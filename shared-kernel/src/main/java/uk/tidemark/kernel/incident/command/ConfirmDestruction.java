package uk.tidemark.kernel.incident.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.tidemark.kernel.ErasureGround;
import uk.tidemark.kernel.incident.*;

/**
 * Confirm the destruction another lead asked for: the case's data key is destroyed with it, in the same transaction.
 * The case answers the ground the destruction was asked on, and the key is destroyed on that ground, so the key's
 * tombstone and the event always agree. {@code ground}, when given, must be the request's (the case refuses another);
 * null confirms whatever ground was asked.
 */
public record ConfirmDestruction(@TargetAggregateIdentifier IncidentId incidentId, ErasureGround ground) {
}
