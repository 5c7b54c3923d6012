package uk.tidemark.kernel.lowlevel;

/** What a review of a member of staff's low-level concerns decided (KCSIE Part 4). */
public enum ReviewOutcome {
    NO_FURTHER_ACTION, CONVERSATION_WITH_STAFF, HARM_THRESHOLD_REFERRAL, HR_PROCESS
}
