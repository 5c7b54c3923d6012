package uk.tidemark.kernel.complaint;

/** How the complaint reached the setting. */
public enum ComplaintChannel {
    SOCIAL_MEDIA, EMAIL, LETTER, PHONE, IN_PERSON
}
