package uk.tidemark.query.incident;

import uk.tidemark.kernel.incident.event.*;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The chronology's lines for the retention review, the legal hold and the destruction (decision 0052). */
final class RetentionSentences {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    private RetentionSentences() {
    }

    /** The line for a records-governance event, or null for any other. */
    static String of(IncidentEvent event) {
        if (event instanceof RetentionScheduled e) {
            return "Retention review set for " + day(e.reviewOn()) + (e.rule() == null ? "" : ": " + e.rule().label());
        } else if (event instanceof RetentionExtended e) {
            return "Kept until " + day(e.until()) + because(e.reason());
        } else if (event instanceof LegalHoldPlaced e) {
            return "Legal hold placed" + because(e.reason());
        } else if (event instanceof LegalHoldLifted e) {
            return "Legal hold lifted" + because(e.reason());
        } else if (event instanceof DestructionRequested e) {
            return "Destruction asked for" + (e.ground() == null ? "" : " " + e.ground().words()) + because(e.reason());
        } else if (event instanceof IncidentContentDestroyed e) {
            return "Personal content destroyed" + (e.ground() == null ? "" : " " + e.ground().words());
        }
        return null;
    }

    private static String day(LocalDate date) {
        return date == null ? "a date not given" : DAY.format(date);
    }

    private static String because(String reason) {
        return reason == null || reason.isBlank() ? "" : " — " + reason.strip();
    }
}
