package uk.tidemark.kernel.incident;

/** The role a person holds relative to the organisation. */
public enum PersonRole {
    PUPIL, STAFF, PARENT_CARER, VOLUNTEER, TRUSTEE_GOVERNOR, MEMBER_OF_PUBLIC, UNKNOWN;

    /**
     * Whether an allegation against this person follows KCSIE Part 4 (allegations against staff, which
     * includes volunteers): the low-level-concern / harm-threshold route and a LADO referral.
     */
    public boolean isWorkforce() {
        return this == STAFF || this == VOLUNTEER;
    }
}
