package uk.tidemark.kernel;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Why a record's personal content was destroyed: the end of its retention period, or a request to erase it that
 * the school accepted (UK GDPR article 17). The ground is said in the words that stand where the content stood.
 */
public enum ErasureGround {
    /** The retention period ended and a lead confirmed its destruction at the review. */
    RETENTION_SCHEDULE("under the retention schedule"),
    /** The person asked for erasure and the school accepted it. */
    ERASURE_REQUEST("at the person's request");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final String words;

    ErasureGround(String words) {
        this.words = words;
    }

    /** "under the retention schedule". */
    public String words() {
        return words;
    }

    /** What reads back where erased content stood: "Erased on 12 March 2033 under the retention schedule". */
    public String marker(LocalDate on) {
        return "Erased on " + DATE.format(on) + " " + words;
    }
}
