package uk.tidemark.kernel.officialaccount.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.tidemark.kernel.officialaccount.OfficialAccountId;

/**
 * Name an incident case of the account's setting as having happened on the account (the application checks the
 * incident is one the user works on, of the same setting). Naming it again changes nothing.
 */
public record RecordIncidentOnAccount(@TargetAggregateIdentifier OfficialAccountId accountId, String incidentId) {
}
