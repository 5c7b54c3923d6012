package uk.tidemark.kernel.sar.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.tidemark.kernel.sar.Exemption;
import uk.tidemark.kernel.sar.SubjectAccessId;

/**
 * A safeguarding lead releases the bundle they reviewed: the SHA-256 of its PDF and of its JSON as stored, how many
 * records it holds, and, for a partial disclosure, the legal ground for what is withheld and what that is.
 */
public record ReleaseSubjectAccess(@TargetAggregateIdentifier SubjectAccessId requestId, String pdfSha256,
                                   String jsonSha256, int records, Exemption withheldOn, String withheld) {
}
