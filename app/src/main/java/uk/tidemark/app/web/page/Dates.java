package uk.tidemark.app.web.page;

import org.springframework.stereotype.Component;
import uk.tidemark.app.time.LondonTimes;

import java.time.Instant;
import java.time.LocalDate;

/**
 * {@link LondonTimes} for templates, as {@code ${@dates.full(c.hearingOn())}}: every date a page shows is written
 * out as people write it, never as ISO text (decision 0045).
 */
@Component("dates")
public class Dates {

    /** "Friday 11 December 2026": a date, or the day of an instant in London. */
    public String full(Object value) {
        return writtenOut(value);
    }

    /** {@link #full} for the pages' own formatters (HrFormat): a date or an instant's day; nothing for null. */
    public static String writtenOut(Object value) {
        if (value instanceof Instant at) {
            return LondonTimes.full(at);
        }
        if (value instanceof LocalDate day) {
            return LondonTimes.full(day);
        }
        return value == null ? "" : value.toString();
    }

    /** "Friday 11 December 2026, 17:00". */
    public String fullWithTime(Instant at) {
        return LondonTimes.fullWithTime(at);
    }

    /** "11 Dec, 17:00" this year, "11 Dec 2025, 17:00" another; a date: "11 Dec", "11 Dec 2025". */
    public String brief(Object value) {
        if (value instanceof Instant at) {
            return LondonTimes.brief(at);
        }
        if (value instanceof LocalDate day) {
            return LondonTimes.brief(day);
        }
        return value == null ? "" : value.toString();
    }

    /** When something happened, whose time may not be known: "Friday 11 December 2026 (time not known)". */
    public String happened(Instant at) {
        return LondonTimes.happened(at);
    }

    /**
     * A sentence of the read side (a chronology line, "response due 2026-12-14") with its ISO dates written out: the
     * read models and the API keep ISO dates in their sentences, the pages show them as people write them.
     */
    public String words(String sentence) {
        return LondonTimes.writtenOut(sentence);
    }
}
