package uk.tidemark.app.web.home;

import uk.tidemark.command.deadline.WorkingCalendar;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times as the pages show them: in Europe/London (the organisations' own clock), e.g. "Tue 3 Mar 2026 09:00". */
public final class LondonTimes {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", Locale.ENGLISH)
            .withZone(WorkingCalendar.UK);

    private LondonTimes() {
    }

    public static String format(Instant at) {
        return at == null ? "" : SHOWN.format(at);
    }
}
