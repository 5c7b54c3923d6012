package uk.tidemark.kernel.sar.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.tidemark.kernel.sar.SubjectAccessId;

/** A safeguarding lead starts gathering and reviewing the person's records. */
public record StartSubjectAccessReview(@TargetAggregateIdentifier SubjectAccessId requestId) {
}
