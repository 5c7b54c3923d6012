package uk.tidemark.command.deadline;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Counting working days on each of the UK's calendars: weekends and bank holidays skipped, in UK time, with an
 * organisation's closures and open days; after the shipped data, the bank holidays the rules make.
 */
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

    // Scotland

    @Test
    void inScotland2January2031IsABankHolidaySoADeadlineCountedAcrossItLandsADayLater() {
        LocalDate newYearsEve = LocalDate.of(2030, 12, 31);
        assertThat(WorkingCalendar.scotland().isWorkingDay(LocalDate.of(2031, 1, 2))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2031, 1, 2))).isTrue();
        assertThat(WorkingCalendar.scotland().workingDaysAfter(newYearsEve, 1)).isEqualTo(LocalDate.of(2031, 1, 3));
        assertThat(calendar.workingDaysAfter(newYearsEve, 1)).isEqualTo(LocalDate.of(2031, 1, 2));
        assertThat(WorkingCalendar.scotland().workingDaysAfter(newYearsEve, 5)).isEqualTo(LocalDate.of(2031, 1, 9));
        assertThat(calendar.workingDaysAfter(newYearsEve, 5)).isEqualTo(LocalDate.of(2031, 1, 8));
    }

    @Test
    void scotlandWorksEasterMondayAndTheLastMondayOfAugustButNotStAndrewsDayOrTheFirstMondayOfAugust() {
        WorkingCalendar scotland = WorkingCalendar.scotland();
        assertThat(scotland.isWorkingDay(LocalDate.of(2026, 4, 6))).as("Easter Monday").isTrue();
        assertThat(scotland.isWorkingDay(LocalDate.of(2026, 8, 31))).as("last Monday of August").isTrue();
        assertThat(scotland.isWorkingDay(LocalDate.of(2026, 8, 3))).as("first Monday of August").isFalse();
        assertThat(scotland.isWorkingDay(LocalDate.of(2026, 11, 30))).as("St Andrew's Day").isFalse();
        assertThat(scotland.isWorkingDay(LocalDate.of(2026, 1, 2))).as("2 January").isFalse();
        // Saturday 1 and Sunday 2 January 2028: Monday 3 and Tuesday 4 are the substitutes
        assertThat(scotland.workingDaysAfter(LocalDate.of(2027, 12, 31), 1)).isEqualTo(LocalDate.of(2028, 1, 5));
        assertThat(calendar.workingDaysAfter(LocalDate.of(2027, 12, 31), 1)).isEqualTo(LocalDate.of(2028, 1, 4));
    }

    @Test
    void aReportOnStAndrewsDaySubstituteIsDueByTheEndOfTheNextDayInScotlandOnly() {
        // Sunday 30 November 2025: the bank holiday is Monday 1 December in Scotland
        assertThat(WorkingCalendar.scotland().firstResponseDue(uk("2025-12-01T09:00")))
                .isEqualTo(WorkingCalendar.endOf(LocalDate.of(2025, 12, 2)));
        assertThat(calendar.firstResponseDue(uk("2025-12-01T09:00"))).isEqualTo(uk("2025-12-02T09:00"));
    }

    // Northern Ireland

    @Test
    void northernIrelandClosesOnStPatricksDayAndTheTwelfthWithTheirSubstitutes() {
        WorkingCalendar ni = WorkingCalendar.northernIreland();
        assertThat(ni.isWorkingDay(LocalDate.of(2026, 3, 17))).as("St Patrick's Day").isFalse();
        assertThat(ni.isWorkingDay(LocalDate.of(2026, 7, 13))).as("the Twelfth's substitute, 12 July a Sunday").isFalse();
        assertThat(ni.isWorkingDay(LocalDate.of(2026, 4, 6))).as("Easter Monday").isFalse();
        assertThat(ni.isWorkingDay(LocalDate.of(2026, 8, 31))).as("summer bank holiday").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 17))).isTrue();
        assertThat(ni.workingDaysAfter(LocalDate.of(2026, 7, 10), 1)).isEqualTo(LocalDate.of(2026, 7, 14));
        assertThat(calendar.workingDaysAfter(LocalDate.of(2026, 7, 10), 1)).isEqualTo(LocalDate.of(2026, 7, 13));
    }

    @Test
    void northernIrelandAfterTheShippedDataStillClosesTheTwelfthSubstituteOf2031() {
        // Saturday 12 July 2031: Monday 14 July, from the rules
        WorkingCalendar ni = WorkingCalendar.northernIreland();
        assertThat(ni.bankHolidays().isShipped(2031)).isFalse();
        assertThat(ni.isWorkingDay(LocalDate.of(2031, 7, 14))).isFalse();
        assertThat(ni.workingDaysAfter(LocalDate.of(2031, 7, 11), 1)).isEqualTo(LocalDate.of(2031, 7, 15));
    }

    // England and Wales after the shipped data

    @Test
    void englandAndWalesAfterTheShippedDataSkipsGoodFridayAndEasterMonday2031() {
        // Easter Sunday 13 April 2031: the working day after Thursday 10 April is Tuesday 15 April
        assertThat(calendar.bankHolidays().isShipped(2031)).isFalse();
        assertThat(calendar.workingDaysAfter(LocalDate.of(2031, 4, 10), 1)).isEqualTo(LocalDate.of(2031, 4, 15));
    }

    @Test
    void eachCalendarKnowsItsRegionAndClosuresAndOpenDaysApplyToAnyOfThem() {
        for (CalendarRegion region : CalendarRegion.values()) {
            WorkingCalendar each = WorkingCalendar.of(region);
            assertThat(each.region()).isEqualTo(region);
            assertThat(each.withClosures(Set.of(LocalDate.of(2026, 6, 15))).isWorkingDay(LocalDate.of(2026, 6, 15)))
                    .isFalse();
            assertThat(each.withOpenDays(Set.of(LocalDate.of(2026, 12, 25))).isWorkingDay(LocalDate.of(2026, 12, 25)))
                    .isTrue();
        }
        assertThat(WorkingCalendar.of(null).region()).as("no choice is England and Wales")
                .isEqualTo(CalendarRegion.ENGLAND_AND_WALES);
    }

    @Test
    void theLaterOfAClosureAndAnOpenDayOfTheSameDateWins() {
        LocalDate day = LocalDate.of(2026, 6, 15);
        assertThat(calendar.withClosures(Set.of(day)).withOpenDays(Set.of(day)).isWorkingDay(day)).isTrue();
        assertThat(calendar.withOpenDays(Set.of(day)).withClosures(Set.of(day)).isWorkingDay(day)).isFalse();
    }
}
