package uk.tidemark.kernel.officialaccount.event;

import uk.tidemark.kernel.CaseType;
import uk.tidemark.kernel.officialaccount.OfficialAccountId;
import uk.tidemark.kernel.register.RegisterEvent;

/** Every event of an official account carries its id first; the audit trail files it under the account. */
public interface OfficialAccountEvent extends RegisterEvent {
    OfficialAccountId accountId();

    @Override
    default CaseType recordType() {
        return CaseType.OFFICIAL_ACCOUNT;
    }

    @Override
    default String recordId() {
        return accountId().value();
    }
}
