package uk.tidemark.kernel.sar;

/**
 * The legal grounds on which a school withholds some or all of a person's records (Data Protection Act 2018,
 * schedules 2 and 3, and UK GDPR article 12(5)), in the words a safeguarding lead recognises.
 */
public enum Exemption {
    SERIOUS_HARM("Disclosure would be likely to cause serious harm to the physical or mental health of the person "
            + "or anyone else (DPA 2018, schedule 3, the serious harm test)"),
    CHILD_ABUSE_DATA("It is child abuse data requested on behalf of a child, and disclosure would not be in the "
            + "child's best interests (DPA 2018, schedule 3, paragraph 21)"),
    THIRD_PARTY("It would disclose information about another person who has not consented and whom it would not be "
            + "reasonable to disclose without consent (DPA 2018, schedule 2, paragraph 16)"),
    LEGAL_PRIVILEGE("It is covered by legal professional privilege (DPA 2018, schedule 2, paragraph 19)"),
    CRIME_PREVENTION("Disclosure would be likely to prejudice the prevention or detection of crime, or a police "
            + "investigation (DPA 2018, schedule 2, paragraph 2)"),
    MANIFESTLY_UNFOUNDED("The request is manifestly unfounded or excessive (UK GDPR article 12(5))");

    private final String words;

    Exemption(String words) {
        this.words = words;
    }

    /** The ground in words, with where the law says it. */
    public String words() {
        return words;
    }
}
