package uk.tidemark.kernel.sar.event;

import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.Personal;
import uk.tidemark.kernel.sar.SubjectAccessId;

/**
 * A passage of a record entry marked for redaction ({@code marked}) or the mark taken back. {@code passage} null:
 * the entry's whole text.
 */
@Revision("1")
public record RedactionMarked(SubjectAccessId requestId, String entryKey, @Personal String passage, boolean marked)
        implements SubjectAccessEvent {
}
