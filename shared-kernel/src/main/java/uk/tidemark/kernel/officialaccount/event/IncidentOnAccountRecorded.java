package uk.tidemark.kernel.officialaccount.event;

import uk.tidemark.kernel.officialaccount.OfficialAccountId;

/** An incident case happened on the account; the account's page lists it to those who may work on the case. */
public record IncidentOnAccountRecorded(OfficialAccountId accountId, String incidentId) implements OfficialAccountEvent {
}
