package uk.tidemark.kernel.sar.event;

import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.sar.SubjectAccessId;

/** A safeguarding lead started gathering and reviewing the person's records. */
@Revision("1")
public record SubjectAccessReviewStarted(SubjectAccessId requestId) implements SubjectAccessEvent {
}
