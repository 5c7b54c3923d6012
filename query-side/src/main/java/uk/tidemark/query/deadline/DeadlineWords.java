package uk.tidemark.query.deadline;

import uk.tidemark.kernel.deadline.DeadlineKind;
import uk.tidemark.query.support.ReadStoreConversions;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Deadlines as words in a case's history: "Deadline missed: LADO referral (due 2026-05-04 23:59)". */
public final class DeadlineWords {
    /** Deadlines are set on the calendar of their setting (decision 0032); their times read as UK time. */
    public static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm").withZone(UK);

    private DeadlineWords() {
    }

    public static String kind(DeadlineKind kind) {
        if (kind == null) {
            return "a deadline";
        }
        return kind.label();
    }

    public static String missed(DeadlineKind kind, Instant dueAt) {
        return "Deadline missed: " + kind(kind) + (dueAt == null ? ""
                : " (due " + ReadStoreConversions.format(DUE, dueAt) + ")");
    }

    /** "Response to a warning, settled when the case was closed (no further action): …" */
    public static String settled(DeadlineKind kind, String reason) {
        String what = kind(kind);
        what = Character.toUpperCase(what.charAt(0)) + what.substring(1);
        if (reason == null || reason.isBlank()) {
            return what + ", settled";
        }
        return what + ", " + Character.toLowerCase(reason.charAt(0)) + reason.substring(1);
    }
}
