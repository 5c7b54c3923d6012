package uk.tidemark.kernel.register;

import uk.tidemark.kernel.DataKeyed;
import uk.tidemark.kernel.CaseType;

/**
 * An event of a register record (issue 18, decision 0050): a pupil's image consent, an official account, a policy
 * version, a declaration, a member of staff's low-level concerns. The audit trail files it under the record, as it
 * files a case's events under the case.
 */
public interface RegisterEvent extends DataKeyed {

    /** Which register the record belongs to. */
    CaseType recordType();

    /** The record's aggregate id. */
    String recordId();

    @Override
    default String dataKey() {
        return recordId();
    }
}
