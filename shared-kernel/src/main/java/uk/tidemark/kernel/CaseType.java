package uk.tidemark.kernel;

/**
 * The kinds of record a deadline, a notification or an audit entry can belong to: the three kinds of case, and the
 * records of the five registers the policies require (issue 18, decision 0050). Each register record is an aggregate
 * of its own, with its own stream and deadlines, as a case is.
 */
public enum CaseType {
    INCIDENT, DISCIPLINARY, COMPLAINT,
    /** A pupil's entry in a setting's image consent register. */
    IMAGE_CONSENT,
    /** An official social-media account of a setting. */
    OFFICIAL_ACCOUNT,
    /** A published version of a policy that staff must acknowledge. */
    POLICY,
    /** A member of staff's declaration: contact on a personal account, or an approval sought. */
    DECLARATION,
    /** The low-level concerns register of one member of staff. */
    LOW_LEVEL_CONCERN,
    /**
     * A subject access request (issue 19, decision 0053): a record of its own, filed and located as a register's
     * record is, but not a register: no member of staff owns one, and only safeguarding leads work on it.
     */
    SUBJECT_ACCESS,
    /**
     * A pupil's record transfer to another setting or school (issue 20, decision 0055): a record of its own, filed
     * and located as a subject access request is; the leads of the sending and the receiving setting work on it.
     */
    RECORD_TRANSFER;

    /** Whether this is one of the registers of issue 18 rather than a case (a subject access request is neither). */
    public boolean isRegister() {
        return ordinal() >= IMAGE_CONSENT.ordinal() && ordinal() <= LOW_LEVEL_CONCERN.ordinal();
    }
}
