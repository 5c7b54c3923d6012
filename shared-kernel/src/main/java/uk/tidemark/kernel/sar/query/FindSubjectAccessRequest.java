package uk.tidemark.kernel.sar.query;

import uk.tidemark.kernel.sar.SubjectAccessId;

/** One subject access request, as {@link SubjectAccessView}; empty when unknown. */
public record FindSubjectAccessRequest(SubjectAccessId requestId) {
}
