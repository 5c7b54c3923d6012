package uk.tidemark.kernel.deadline;

/** Where a deadline stands on the board. */
public enum DeadlineStatus {
    PENDING, MET, MISSED
}
