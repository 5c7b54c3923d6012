package uk.tidemark.kernel.lowlevel;

/** The states the transition table is written against. */
public enum LowLevelConcernsState {
    NO_REVIEW_DUE("concerns recorded; the pattern that prompts a review has not been reached since the last review"),
    REVIEW_DUE("the pattern was reached: a review is due");

    private final String meaning;

    LowLevelConcernsState(String meaning) {
        this.meaning = meaning;
    }

    public String meaning() {
        return meaning;
    }
}
