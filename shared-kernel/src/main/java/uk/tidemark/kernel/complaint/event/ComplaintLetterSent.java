package uk.tidemark.kernel.complaint.event;

import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.complaint.ComplaintId;
import uk.tidemark.kernel.letter.LetterKind;

/** A letter generated from the complaint was sent to the complainant: which, and the SHA-256 of the PDF sent. */
@Revision("1")
public record ComplaintLetterSent(ComplaintId complaintId, LetterKind kind, String sha256) implements ComplaintEvent {
}
