package uk.tidemark.kernel.officialaccount.event;

import uk.tidemark.kernel.officialaccount.OfficialAccountId;

/** Where the account's credentials are kept (a password manager's vault, a sealed envelope in the safe): never the credentials. */
public record CredentialsLocationRecorded(OfficialAccountId accountId, String credentialsKeptAt)
        implements OfficialAccountEvent {
}
