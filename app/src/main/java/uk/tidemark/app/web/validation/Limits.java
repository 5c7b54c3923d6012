package uk.tidemark.app.web.validation;

/**
 * The sizes the API accepts, and the words it refuses them with. Constants, so that annotations can use them
 * and docs/api.md can be checked against one place.
 */
public final class Limits {

    /** Names, usernames, references, police force and officer, police status. */
    public static final int NAME = 200;
    /** Summaries, reasons, rationales, descriptions, short notes. */
    public static final int TEXT = 4000;
    /** Chronology notes and warning texts, which may be a letter's full wording. */
    public static final int LONG_TEXT = 10000;
    public static final int URL = 2000;
    public static final int LINKS = 20;
    public static final int PEOPLE = 50;

    public static final String REQUIRED = "is required.";
    public static final String TOO_LONG = "must be at most {max} characters.";
    public static final String TOO_MANY = "must have at most {max} entries.";

    private Limits() {
    }
}
