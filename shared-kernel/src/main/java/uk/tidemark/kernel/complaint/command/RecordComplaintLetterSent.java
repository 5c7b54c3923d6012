package uk.tidemark.kernel.complaint.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.tidemark.kernel.complaint.ComplaintId;
import uk.tidemark.kernel.letter.LetterKind;

/** Record that a letter generated from the complaint was sent; {@code sha256} identifies the PDF that was sent. */
public record RecordComplaintLetterSent(@TargetAggregateIdentifier ComplaintId complaintId, LetterKind kind,
                                        String sha256) {
}
