package uk.tidemark.kernel.sar.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.tidemark.kernel.sar.SubjectAccessId;

/** The response is extended once by two further months, for a complex request, with the reason. */
public record ExtendSubjectAccess(@TargetAggregateIdentifier SubjectAccessId requestId, String reason) {
}
