package uk.tidemark.kernel.sar.event;

import uk.tidemark.kernel.CaseType;
import uk.tidemark.kernel.register.RegisterEvent;
import uk.tidemark.kernel.sar.SubjectAccessId;

/**
 * An event of a subject access request (decision 0053). It is a record of its own, filed by the audit trail under
 * the request as a register's record is (its type {@link CaseType#SUBJECT_ACCESS}), and its personal content is
 * sealed under the request's own data key ({@link #dataKey()} = the request's id).
 */
public interface SubjectAccessEvent extends RegisterEvent {

    SubjectAccessId requestId();

    @Override
    default CaseType recordType() {
        return CaseType.SUBJECT_ACCESS;
    }

    @Override
    default String recordId() {
        return requestId().value();
    }

    @Override
    default String dataKey() {
        return requestId().value();
    }
}
