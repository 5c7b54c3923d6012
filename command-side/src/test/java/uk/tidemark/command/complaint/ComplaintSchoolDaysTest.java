package uk.tidemark.command.complaint;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import uk.tidemark.command.DeadlineEvents;
import uk.tidemark.command.References;
import uk.tidemark.command.deadline.TermDates;
import uk.tidemark.command.deadline.WorkingCalendar;
import uk.tidemark.command.deadline.WorkingCalendars;
import uk.tidemark.kernel.CaseType;
import uk.tidemark.kernel.complaint.ComplaintChannel;
import uk.tidemark.kernel.complaint.command.ReceiveComplaint;
import uk.tidemark.kernel.complaint.event.ComplaintReceived;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.command.complaint.ComplaintFixtures.*;
import static uk.tidemark.kernel.complaint.ComplaintState.ACKNOWLEDGED;
import static uk.tidemark.kernel.deadline.DeadlineKind.COMPLAINT_ACKNOWLEDGEMENT;
import static uk.tidemark.kernel.deadline.DeadlineKind.COMPLAINT_RESPONSE;

/**
 * School days are school days (decision 0048): a complaint's timescales count the working days of its setting's
 * terms, so the Christmas holiday an administrator entered for the setting does not count, and two schools of one
 * trust with different terms get different due dates for the same day's complaint.
 */
class ComplaintSchoolDaysTest {

    /** Wednesday 16 December 2026, 10:00 in London. */
    private static final Instant WEDNESDAY_16_DECEMBER = Instant.parse("2026-12-16T10:00:00Z");

    private static TermDates.Range range(String first, String last) {
        return new TermDates.Range(LocalDate.parse(first), LocalDate.parse(last));
    }

    /** Setting 1 breaks up on Friday 18 December and is back on Monday 4 January. */
    private static final TermDates.Terms SETTING_1 = new TermDates.Terms(List.of(),
            List.of(range("2026-12-19", "2027-01-03")));
    /** Setting 2, in the same trust, breaks up on Friday 18 December and is back on Monday 11 January. */
    private static final TermDates.Terms SETTING_2 = new TermDates.Terms(List.of(),
            List.of(range("2026-12-19", "2027-01-10")));

    private static final TermDates TERMS = settingId -> switch (settingId) {
        case "setting-1" -> SETTING_1;
        case "setting-2" -> SETTING_2;
        default -> TermDates.Terms.NONE;
    };

    private static AggregateTestFixture<ComplaintAggregate> fixture(TermDates terms) {
        AggregateTestFixture<ComplaintAggregate> fixture = new AggregateTestFixture<>(ComplaintAggregate.class);
        fixture.registerInjectableResource(ComplaintTimescales.defaults());
        fixture.registerInjectableResource(WorkingCalendars.shipped().withTerms(terms));
        fixture.registerInjectableResource(References.FIXED);
        return fixture;
    }

    private static ReceiveComplaint receiveIn(String settingId) {
        return new ReceiveComplaint(ID, settingId, ComplaintChannel.EMAIL, "Parent D",
                "The school's reply about a class post was unhelpful", null);
    }

    private static ComplaintReceived receivedIn(String settingId, LocalDate acknowledgeBy) {
        return new ComplaintReceived(ID, settingId, ComplaintChannel.EMAIL, "Parent D",
                "The school's reply about a class post was unhelpful", null, acknowledgeBy, "sbm",
                References.FIXED.given(null, settingId, WEDNESDAY_16_DECEMBER),
                LocalDate.ofInstant(WEDNESDAY_16_DECEMBER, WorkingCalendar.UK));
    }

    private static void acknowledgedBy(String settingId, TermDates terms, LocalDate day) {
        fixture(terms).givenCurrentTime(WEDNESDAY_16_DECEMBER)
                .when(receiveIn(settingId), ACTOR)
                .expectEvents(receivedIn(settingId, day), new DeadlineEvents(CaseType.COMPLAINT, "complaint-1",
                        settingId).set(COMPLAINT_ACKNOWLEDGEMENT, "1", WorkingCalendar.endOf(day), OWNER));
    }

    @Test
    void theAcknowledgementSkipsTheSettingsChristmasHoliday() {
        // Thu 17, Fri 18 December, then Mon 4, Tue 5, Wed 6 January: the holiday's working days do not count
        acknowledgedBy("setting-1", TERMS, LocalDate.of(2027, 1, 6));
    }

    @Test
    void twoSettingsWithDifferentTermsGetDifferentDueDates() {
        // setting 2 is back a week later: Thu 17, Fri 18 December, then Mon 11, Tue 12, Wed 13 January
        acknowledgedBy("setting-2", TERMS, LocalDate.of(2027, 1, 13));
        // a setting with no term dates counts working days: 17, 18, 21, 22, 23 December
        acknowledgedBy("setting-3", TERMS, LocalDate.of(2026, 12, 23));
    }

    @Test
    void withoutTermDatesSchoolDaysAreWorkingDays() {
        acknowledgedBy("setting-1", TermDates.NONE, LocalDate.of(2026, 12, 23));
    }

    @Test
    void theFormalResponseCountsOnlyTermTimeAcrossChristmas() {
        // from Thu 17 Dec 2026, 15 school days: Fri 18 December, then 14 from Monday 4 January: Thursday 21 January
        fixture(TERMS).givenCurrentTime(Instant.parse("2026-12-17T10:00:00Z")).andGiven(history(ACKNOWLEDGED))
                .when(escalate(), ACTOR)
                .expectEvents(escalated(LocalDate.of(2027, 1, 21)), due(COMPLAINT_RESPONSE, LocalDate.of(2027, 1, 21)));
    }

    @Test
    void termsEnteredAsTermsMakeTheDaysBetweenThemHolidays() {
        TermDates.Terms terms = new TermDates.Terms(List.of(range("2026-09-02", "2026-12-18"),
                range("2027-01-04", "2027-03-26")), List.of(range("2027-02-15", "2027-02-19")));
        WorkingCalendar calendar = WorkingCalendar.englandAndWales();
        // the gap between the autumn and spring terms is the Christmas holiday
        assertThat(calendar.schoolDaysAfter(LocalDate.of(2026, 12, 16), 5, terms)).isEqualTo(LocalDate.of(2027, 1, 6));
        // the February half term, entered as a holiday inside the spring term
        assertThat(calendar.schoolDaysAfter(LocalDate.of(2027, 2, 11), 2, terms)).isEqualTo(LocalDate.of(2027, 2, 22));
        // after the last term entered, nothing is known: working days (Easter Monday 29 March 2027 still skipped)
        assertThat(calendar.schoolDaysAfter(LocalDate.of(2027, 3, 26), 1, terms)).isEqualTo(LocalDate.of(2027, 3, 30));
        // and before the first one
        assertThat(calendar.schoolDaysAfter(LocalDate.of(2026, 8, 3), 1, terms)).isEqualTo(LocalDate.of(2026, 8, 4));
    }

    @Test
    void aCountForAnUnknownSettingUsesWorkingDays() {
        WorkingCalendars calendars = WorkingCalendars.shipped().withTerms(TERMS);
        assertThat(calendars.schoolDaysAfter(null, LocalDate.of(2026, 12, 16), 5)).isEqualTo(LocalDate.of(2026, 12, 23));
        assertThat(calendars.termsOf("setting-1")).isEqualTo(SETTING_1);
    }
}
