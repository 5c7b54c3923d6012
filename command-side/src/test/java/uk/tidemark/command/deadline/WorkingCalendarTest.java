package uk.tidemark.command.deadline;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkingCalendarTest {

    private final WorkingCalendar calendar = WorkingCalendar.englandAndWales();

    private static Instant uk(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(WorkingCalendar.UK).toInstant();
    }

    @Test
    void aReportOnSaturday23May2026IsDueByTheEndOfTuesday26MayBecauseMondayIsTheSpringBankHoliday() {
        Instant due = calendar.firstResponseDue(uk("2026-05-23T14:30"));

        assertThat(due).isEqualTo(WorkingCalendar.endOf(LocalDate.of(2026, 5, 26)));
        // British Summer Time: the end of the UK day is 22:59:59.999999999 UTC
        assertThat(due).isEqualTo(Instant.parse("2026-05-26T22:59:59.999999999Z"));
    }

    @Test
    void aReportOnAWorkingDayIsDueWithin24Hours() {
        Instant thursday = uk("2026-05-21T10:15");
        assertThat(calendar.firstResponseDue(thursday)).isEqualTo(thursday.plus(Duration.ofHours(24)));
    }

    @Test
    void aReportOnABankHolidayMondayIsDueByTheEndOfTuesday() {
        assertThat(calendar.firstResponseDue(uk("2026-05-25T09:00")))
                .isEqualTo(WorkingCalendar.endOf(LocalDate.of(2026, 5, 26)));
    }

    @Test
    void aReportOnChristmasDay2026IsDueByTheEndOfTuesday29DecemberAfterTheBoxingDaySubstitute() {
        assertThat(calendar.firstResponseDue(uk("2026-12-25T20:00")))
                .isEqualTo(WorkingCalendar.endOf(LocalDate.of(2026, 12, 29)));
    }

    @Test
    void aReportJustBeforeMidnightOnSundayInWinterCountsAsSunday() {
        // 23:30 on Sunday 25 October 2026 in London, after the clocks went back, is still Sunday
        assertThat(calendar.firstResponseDue(uk("2026-10-25T23:30")))
                .isEqualTo(Instant.parse("2026-10-26T23:59:59.999999999Z"));
    }

    @Test
    void oneWorkingDayAfterMaundyThursdayIsTheTuesdayAfterEaster() {
        assertThat(calendar.workingDaysAfter(LocalDate.of(2026, 4, 2), 1)).isEqualTo(LocalDate.of(2026, 4, 7));
    }

    @Test
    void fiveWorkingDaysCrossAWeekend() {
        assertThat(calendar.workingDaysAfter(LocalDate.of(2026, 6, 11), 5)).isEqualTo(LocalDate.of(2026, 6, 18));
    }

    @Test
    void theEndOfOneWorkingDayAfterAFridayDecisionIsMondayNight() {
        assertThat(calendar.endOfWorkingDaysAfter(uk("2026-06-12T16:00"), 1))
                .isEqualTo(WorkingCalendar.endOf(LocalDate.of(2026, 6, 15)));
    }

    @Test
    void anOrganisationsOwnClosuresAreNotWorkingDays() {
        LocalDate insetDay = LocalDate.of(2026, 6, 15);
        WorkingCalendar school = calendar.withClosures(Set.of(insetDay));

        assertThat(calendar.isWorkingDay(insetDay)).isTrue();
        assertThat(school.isWorkingDay(insetDay)).isFalse();
        assertThat(school.workingDaysAfter(LocalDate.of(2026, 6, 12), 1)).isEqualTo(LocalDate.of(2026, 6, 16));
    }

    @Test
    void anOrganisationCanWorkABankHoliday() {
        LocalDate earlyMay = LocalDate.of(2026, 5, 4);
        assertThat(calendar.isWorkingDay(earlyMay)).isFalse();
        assertThat(calendar.withOpenDays(Set.of(earlyMay)).isWorkingDay(earlyMay)).isTrue();
    }

    @Test
    void weekendsAreNeverWorkingDays() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 21))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 22))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 23))).isTrue();
    }

    @Test
    void workingDaysAreCountedFromOne() {
        assertThatThrownBy(() -> calendar.workingDaysAfter(LocalDate.of(2026, 1, 5), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
