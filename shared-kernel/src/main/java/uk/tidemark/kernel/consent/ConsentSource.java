package uk.tidemark.kernel.consent;

/** Where the setting learnt what a pupil's parents allow. */
public enum ConsentSource {
    ENROLMENT_FORM("the enrolment form"),
    MIS_IMPORT("the MIS import"),
    PARENT_REQUEST("a parent's request"),
    OTHER("another source");

    private final String words;

    ConsentSource(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
