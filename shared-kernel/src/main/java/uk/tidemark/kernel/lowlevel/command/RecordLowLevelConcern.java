package uk.tidemark.kernel.lowlevel.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.tidemark.kernel.incident.Category;
import uk.tidemark.kernel.lowlevel.LowLevelConcernsId;

import java.time.LocalDate;

/**
 * An incident was triaged as a low-level concern about this member of staff: counted once per incident, whoever
 * sends it and however often. {@code reviewOwner} owns a review it prompts (the setting's headteacher when it has
 * exactly one who is not the member of staff; null for none in particular).
 */
public record RecordLowLevelConcern(@TargetAggregateIdentifier LowLevelConcernsId recordId, String settingId,
                                    String staffName, String staffUsername, String incidentId, String reference,
                                    Category category, LocalDate on, String summary, String reviewOwner) {
}
