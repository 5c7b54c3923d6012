package uk.tidemark.kernel.officialaccount.event;

import uk.tidemark.kernel.incident.Platform;
import uk.tidemark.kernel.officialaccount.AccountPerson;
import uk.tidemark.kernel.officialaccount.OfficialAccountId;
import uk.tidemark.kernel.register.RegisterRecordStarted;

/**
 * A member of staff asked for an official account of their setting, naming its proposed lead. {@code requestedBy}
 * is the actor; the headteacher who decides must be someone else. {@code credentialsKeptAt} says where the
 * credentials will be kept (never the credentials), null when not yet said.
 */
public record OfficialAccountRequested(OfficialAccountId accountId, String settingId, Platform platform, String handle,
                                       String address, String purpose, String audience, AccountPerson lead,
                                       String credentialsKeptAt, String requestedBy)
        implements OfficialAccountEvent, RegisterRecordStarted {

    @Override
    public String startedBy() {
        return requestedBy;
    }
}
