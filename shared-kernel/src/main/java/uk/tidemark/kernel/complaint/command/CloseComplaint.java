package uk.tidemark.kernel.complaint.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.tidemark.kernel.complaint.*;

/** Close the complaint, with the rationale for closing it. */
public record CloseComplaint(@TargetAggregateIdentifier ComplaintId complaintId, String rationale) {
}
