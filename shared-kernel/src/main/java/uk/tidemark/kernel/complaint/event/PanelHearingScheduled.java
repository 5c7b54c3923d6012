package uk.tidemark.kernel.complaint.event;

import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.complaint.ComplaintId;

import java.time.LocalDate;

/**
 * The panel hearing was set for {@code hearingOn}; {@code withinTimescale} says whether that is on or before the
 * day the panel is due to be held by (the complaint timescales).
 */
@Revision("1")
public record PanelHearingScheduled(ComplaintId complaintId, LocalDate hearingOn, boolean withinTimescale)
        implements ComplaintEvent {
}
