package uk.tidemark.kernel.sar;

/** The states of a subject access request, which the transition table is written against. */
public enum SubjectAccessState {
    RECEIVED("received and on the calendar; nobody has started gathering the records yet"),
    IN_REVIEW("a safeguarding lead is gathering and reviewing the records and marking what to redact"),
    RELEASED("the bundle was released to the person in full, after the review"),
    PARTLY_DISCLOSED("the bundle was released with part withheld, on a legal ground recorded"),
    REFUSED("the request was refused on a legal ground recorded; nothing was released");

    private final String meaning;

    SubjectAccessState(String meaning) {
        this.meaning = meaning;
    }

    public String meaning() {
        return meaning;
    }

    /** Whether the request has been answered (released, partly disclosed or refused). */
    public boolean answered() {
        return this == RELEASED || this == PARTLY_DISCLOSED || this == REFUSED;
    }
}
