package uk.tidemark.kernel.officialaccount;

/** Where an official account stands: asked for, in use, refused, or closed. */
public enum OfficialAccountState {
    REQUESTED("asked for by a member of staff, waiting for the headteacher's decision"),
    ACTIVE("approved by the headteacher and in use; reviewed every year"),
    REFUSED("refused by the headteacher; nothing more can be recorded"),
    CLOSED("closed; nothing more can be recorded");

    private final String meaning;

    OfficialAccountState(String meaning) {
        this.meaning = meaning;
    }

    public String meaning() {
        return meaning;
    }

    /** Refused and closed accounts accept nothing more. */
    public boolean isFinished() {
        return this == REFUSED || this == CLOSED;
    }
}
