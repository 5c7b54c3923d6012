package uk.tidemark.kernel.officialaccount.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.tidemark.kernel.officialaccount.OfficialAccountId;

/**
 * Take someone's access away (the lead too). {@code headteacher} is the setting's headteacher, to whom the handover
 * falls when the lead goes (null when the setting has none: the deadline is then the safeguarding leads').
 */
public record RemoveAccountPerson(@TargetAggregateIdentifier OfficialAccountId accountId, String personId,
                                  String reason, String headteacher) {
}
