package uk.tidemark.kernel.complaint.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.tidemark.kernel.complaint.ComplaintId;

import java.time.LocalDate;

/** Set (or move) the date of the panel hearing, ahead of it; {@code RecordPanelHearing} records it once held. */
public record SchedulePanelHearing(@TargetAggregateIdentifier ComplaintId complaintId, LocalDate hearingOn) {
}
