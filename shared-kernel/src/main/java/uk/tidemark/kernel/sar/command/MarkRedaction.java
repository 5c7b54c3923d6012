package uk.tidemark.kernel.sar.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.tidemark.kernel.sar.SubjectAccessId;

/**
 * A safeguarding lead marks a passage of one record entry for redaction ({@code marked}), or takes a mark back.
 * {@code entryKey} names the entry (its case and sequence, as the review page lists it); {@code passage} is the text
 * to redact, or null for the entry's whole text.
 */
public record MarkRedaction(@TargetAggregateIdentifier SubjectAccessId requestId, String entryKey, String passage,
                            boolean marked) {
}
