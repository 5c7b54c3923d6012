package uk.tidemark.kernel.complaint.event;

import uk.tidemark.kernel.Personal;
import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.complaint.*;

import java.time.LocalDate;

/** The complaint went to the formal stage; the written response is due by {@code formalResponseDueBy}. */
@Revision("1")
public record EscalatedToFormalStage(ComplaintId complaintId, @Personal String reason,
                                     LocalDate formalResponseDueBy) implements ComplaintEvent {
}
