package uk.tidemark.kernel.disciplinary;

/**
 * The decision on an appeal, in ACAS terms: an appeal <em>upheld</em> means the employee succeeded, so the original
 * decision is set aside ({@link #OVERTURNED}) or replaced by a lesser one ({@link #VARIED}); an appeal
 * <em>not upheld</em> (dismissed) means the original decision stands ({@link #NOT_UPHELD}). Decision 0047.
 */
public enum AppealDecision {
    /** Not upheld (dismissed): the original decision stands. */
    NOT_UPHELD,
    /** Upheld: the original decision is set aside. */
    OVERTURNED,
    /** Upheld in part: another outcome replaces the original one. */
    VARIED,
    /**
     * The value decisions were stored with before decision 0047, when it meant "the outcome stands": read as
     * {@link #NOT_UPHELD} wherever it is met, and refused in a new decision because it reads as the opposite.
     */
    @Deprecated
    UPHELD;

    /** Whether the original decision stands: the appeal was not upheld. */
    @SuppressWarnings("deprecation")
    public boolean originalStands() {
        return this == NOT_UPHELD || this == UPHELD;
    }
}
