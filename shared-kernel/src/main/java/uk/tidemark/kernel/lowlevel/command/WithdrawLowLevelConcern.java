package uk.tidemark.kernel.lowlevel.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.tidemark.kernel.lowlevel.LowLevelConcernsId;

/** The incident was triaged again onto another route: it no longer counts as a low-level concern. */
public record WithdrawLowLevelConcern(@TargetAggregateIdentifier LowLevelConcernsId recordId, String incidentId) {
}
