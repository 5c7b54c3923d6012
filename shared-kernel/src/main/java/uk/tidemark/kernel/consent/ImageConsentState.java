package uk.tidemark.kernel.consent;

/** The states the image consent transition table is written against. */
public enum ImageConsentState {
    ACTIVE("on the register: what is allowed holds, and is reviewed yearly"),
    ENDED("ended: the pupil left the setting; recording a change starts it again if they come back");

    private final String meaning;

    ImageConsentState(String meaning) {
        this.meaning = meaning;
    }

    public String meaning() {
        return meaning;
    }
}
