package uk.tidemark.app.deadline;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import uk.tidemark.command.deadline.CalendarRegion;
import uk.tidemark.app.deadline.BankHolidayDataCheck;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The warning that a shipped bank-holiday list ends within a year: none while it reaches further, one line naming
 * the calendars and the date (as people write it) once it does not, and at start-up a log line with no personal
 * data in it.
 */
class BankHolidayDataCheckTest {

    private final BankHolidayDataCheck check = new BankHolidayDataCheck();

    @Test
    void noWarningWhileEveryListReachesMoreThanAYearAhead() {
        assertThat(check.warnings(LocalDate.of(2029, 12, 31))).isEmpty();
        assertThat(check.coverage(LocalDate.of(2029, 12, 31))).extracting(BankHolidayDataCheck.Coverage::calendar)
                .containsExactly(CalendarRegion.ENGLAND_AND_WALES, CalendarRegion.SCOTLAND,
                        CalendarRegion.NORTHERN_IRELAND);
        assertThat(check.coverage(LocalDate.of(2029, 12, 31))).allSatisfy(c -> {
            assertThat(c.shippedUntil()).isEqualTo(LocalDate.of(2030, 12, 31));
            assertThat(c.endsWithinAYear()).isFalse();
        });
    }

    @Test
    void aListEndingWithinAYearIsOneWarningNamingEveryCalendarAndTheDay() {
        assertThat(check.warnings(LocalDate.of(2030, 1, 1))).containsExactly("The bank holidays shipped for England "
                + "and Wales, Scotland and Northern Ireland end on 31 December 2030: after that Tidemark computes them "
                + "from the statutory rules, which cannot know a one-off bank holiday (a coronation, a jubilee). "
                + "Upgrade Tidemark for the new lists, or close such a day on the calendar page.");
        assertThat(check.warnings(LocalDate.of(2031, 3, 1)).get(0)).contains("ended on 31 December 2030");
        assertThat(check.coverage(LocalDate.of(2030, 1, 1))).allMatch(BankHolidayDataCheck.Coverage::endsWithinAYear);
    }

    @Test
    void theStartUpLogsEachWarningOnceAtWarnAndNothingWhenAllIsWell() {
        assertThat(logged(LocalDate.of(2026, 12, 6))).isEmpty();
        var lines = logged(LocalDate.of(2030, 6, 1));
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0).getLevel()).isEqualTo(Level.WARN);
        assertThat(lines.get(0).getFormattedMessage()).isEqualTo(check.warnings(LocalDate.of(2030, 6, 1)).get(0))
                .contains("31 December 2030");
    }

    private java.util.List<ILoggingEvent> logged(LocalDate today) {
        Logger logger = (Logger) LoggerFactory.getLogger(BankHolidayDataCheck.class);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        try {
            check.warnAt(today);
        } finally {
            logger.detachAppender(appender);
        }
        return appender.list;
    }
}
