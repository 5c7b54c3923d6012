package uk.tidemark.kernel.complaint.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.tidemark.kernel.complaint.*;

/** Record the written formal response: the findings, the reasons, and how to escalate to a panel. */
public record RecordFormalResponse(@TargetAggregateIdentifier ComplaintId complaintId, String findings, String reasons,
                                   String howToEscalate) {
}
