package uk.tidemark.kernel.complaint.query;

import uk.tidemark.kernel.complaint.ComplaintChannel;
import uk.tidemark.kernel.complaint.ComplaintStage;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A row of the complaints register. {@code nextDueBy} is the date the step now awaited is due by (the
 * acknowledgement, the formal response or the panel), null when nothing is awaited.
 */
public record ComplaintSummary(String complaintId, String reference, String settingId, ComplaintChannel channel, ComplaintStage stage,
                               Instant receivedAt, LocalDate nextDueBy, String linkedIncidentId) {
}
