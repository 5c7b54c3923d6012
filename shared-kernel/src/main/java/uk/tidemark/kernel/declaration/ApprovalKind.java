package uk.tidemark.kernel.declaration;

/** What a member of staff asks the headteacher to approve. */
public enum ApprovalKind {
    /** Using the organisation's name (on a profile, a post, a bio). */
    ORGANISATION_NAME,
    /** Running a work-related site or account. */
    WORK_ACCOUNT
}
