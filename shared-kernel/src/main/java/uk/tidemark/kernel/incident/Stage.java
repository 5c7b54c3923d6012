package uk.tidemark.kernel.incident;

/**
 * How far a case has got. Open stages only move forward (the furthest reached is kept); closing moves a case
 * to CLOSED and reopening returns it to the furthest open stage it had reached.
 */
public enum Stage {
    /** Logged, not yet triaged: new and unacknowledged. */
    NEW,
    /** A DSL has assessed severity and taken ownership. */
    TRIAGED,
    /** Content actions or warnings are under way. */
    ACTION_TAKEN,
    /** Escalated to the police or referred to another agency. */
    ESCALATED,
    CLOSED;

    /** The later of this open stage and {@code other}. */
    public Stage atLeast(Stage other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
