package uk.tidemark.kernel.consent;

/**
 * What a pupil's parents (or the pupil) allow the setting to publish: anything (no restriction), images without
 * the pupil's name, images with the first name only, or no images at all.
 */
public enum ImageAllowance {
    ALL("allowed", "no restriction"),
    NO_NAME("allowed without their name", "images without name"),
    FIRST_NAME_ONLY("allowed with their first name only", "first name only"),
    NONE("not allowed", "no images");

    private final String answer;
    private final String restriction;

    ImageAllowance(String answer, String restriction) {
        this.answer = answer;
        this.restriction = restriction;
    }

    /** The quick check's answer to "may I post a photo of …?", after the name: "allowed without their name". */
    public String answer() {
        return answer;
    }

    /** The restriction in a few words, as the register and an incident's page show it: "no images". */
    public String restriction() {
        return restriction;
    }

    /** Whether posting is restricted in any way. */
    public boolean restricts() {
        return this != ALL;
    }
}
