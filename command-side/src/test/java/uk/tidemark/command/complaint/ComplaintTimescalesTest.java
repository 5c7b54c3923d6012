package uk.tidemark.command.complaint;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.core.env.MapPropertySource;
import uk.tidemark.command.deadline.CalendarRegion;
import uk.tidemark.command.deadline.WorkingCalendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.tidemark.command.complaint.ComplaintFixtures.*;
import static uk.tidemark.kernel.complaint.ComplaintState.*;
import static uk.tidemark.kernel.deadline.DeadlineKind.*;

/**
 * The timescales the events carry, counted in school days on the setting's calendar (England and Wales unless
 * chosen otherwise): across weekends, bank holidays and the UK date line, with the defaults and with configured
 * values.
 */
class ComplaintTimescalesTest {

    /** Friday 22 May 2026, 10:00 in London (BST); Monday 25 May is the spring bank holiday. */
    private static final Instant FRIDAY_22_MAY = Instant.parse("2026-05-22T09:00:00Z");

    /** The end of Monday 1 June 2026 in London (BST). */
    private static final Instant END_OF_1_JUNE = Instant.parse("2026-06-01T22:59:59.999999999Z");

    @Test
    void aComplaintReceivedBeforeTheSpringBankHolidayIsAcknowledgedByMondayFirstJune() {
        // Tue 26, Wed 27, Thu 28, Fri 29 May and Mon 1 June: the weekend and Monday 25 May do not count
        fixture().givenCurrentTime(FRIDAY_22_MAY)
                .when(receive(null), ACTOR)
                .expectEvents(received(null, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 5, 22)),
                        DEADLINES.set(COMPLAINT_ACKNOWLEDGEMENT, "1", END_OF_1_JUNE, OWNER))
                .expectScheduledDeadline(END_OF_1_JUNE, DEADLINES.id(COMPLAINT_ACKNOWLEDGEMENT, "1"));
    }

    @Test
    void aComplaintReceivedOnASaturdayStartsCountingOnTheNextWorkingDay() {
        fixture().givenCurrentTime(Instant.parse("2026-05-23T11:00:00Z"))
                .when(receive(null), ACTOR)
                .expectEvents(received(null, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 5, 23)),
                        DEADLINES.set(COMPLAINT_ACKNOWLEDGEMENT, "1", END_OF_1_JUNE, OWNER));
    }

    @Test
    void theDayReceivedIsTheDayInLondonNotInUtc() {
        // 23:30 UTC on Thursday 21 May is 00:30 on Friday 22 May in London: counted from the Friday
        fixture().givenCurrentTime(Instant.parse("2026-05-21T23:30:00Z"))
                .when(receive(null), ACTOR)
                .expectEvents(received(null, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 5, 22)),
                        DEADLINES.set(COMPLAINT_ACKNOWLEDGEMENT, "1", END_OF_1_JUNE, OWNER));
    }

    @Test
    void theFormalResponseIsDueFifteenSchoolDaysAfterEscalationAcrossChristmas() {
        // from Thu 17 Dec 2026: 25 Dec, the Boxing Day substitute on 28 Dec and 1 Jan 2027 do not count
        fixture().givenCurrentTime(Instant.parse("2026-12-17T10:00:00Z")).andGiven(history(ACKNOWLEDGED))
                .when(escalate(), ACTOR)
                .expectEvents(escalated(LocalDate.of(2027, 1, 12)),
                        DEADLINES.set(COMPLAINT_RESPONSE, "1", Instant.parse("2027-01-12T23:59:59.999999999Z"), OWNER));
    }

    @Test
    void thePanelIsDueTwentySchoolDaysAfterTheRequestAcrossTheEarlyMayBankHoliday() {
        // from Wed 8 April 2026: 20 weekdays less Monday 4 May ends on Thursday 7 May
        fixture().givenCurrentTime(Instant.parse("2026-04-08T09:00:00Z")).andGiven(history(RESPONDED))
                .when(requestPanel(), ACTOR)
                .expectEvents(panelRequested(LocalDate.of(2026, 5, 7)),
                        DEADLINES.set(COMPLAINT_PANEL, "1", Instant.parse("2026-05-07T22:59:59.999999999Z"), OWNER));
    }

    @Test
    void aComplaintInAScottishSettingIsAcknowledgedADayLaterAcross2January2031() {
        // from Tuesday 31 December 2030: England and Wales skip 1 January, Scotland 1 and 2 January
        Instant newYearsEve = Instant.parse("2030-12-31T10:00:00Z");
        fixture().givenCurrentTime(newYearsEve)
                .when(receive(null), ACTOR)
                .expectEvents(received(null, LocalDate.of(2031, 1, 8), LocalDate.of(2030, 12, 31)),
                        due(COMPLAINT_ACKNOWLEDGEMENT, LocalDate.of(2031, 1, 8)));
        fixtureIn(CalendarRegion.SCOTLAND).givenCurrentTime(newYearsEve)
                .when(receive(null), ACTOR)
                .expectEvents(received(null, LocalDate.of(2031, 1, 9), LocalDate.of(2030, 12, 31)),
                        due(COMPLAINT_ACKNOWLEDGEMENT, LocalDate.of(2031, 1, 9)));
    }

    @Test
    void theFormalResponseInANorthernIrishSettingSkipsStPatricksDay() {
        // from Monday 2 March 2026: fifteen school days end on 23 March, or 24 March with St Patrick's Day closed
        fixtureIn(CalendarRegion.NORTHERN_IRELAND).givenCurrentTime(MONDAY_2_MARCH).andGiven(history(ACKNOWLEDGED))
                .when(escalate(), ACTOR)
                .expectEvents(escalated(LocalDate.of(2026, 3, 24)), due(COMPLAINT_RESPONSE, LocalDate.of(2026, 3, 24)));
    }

    @Test
    void configuredTimescalesReplaceTheDefaults() {
        ComplaintTimescales shorter = new ComplaintTimescales(2, 10, 10);
        fixture(shorter).givenCurrentTime(FRIDAY_22_MAY)
                .when(receive(null), ACTOR)
                .expectEvents(received(null, LocalDate.of(2026, 5, 27), LocalDate.of(2026, 5, 22)),
                        due(COMPLAINT_ACKNOWLEDGEMENT, LocalDate.of(2026, 5, 27)));
        fixture(shorter).givenCurrentTime(FRIDAY_22_MAY).andGiven(history(RESPONDED))
                .when(requestPanel(), ACTOR)
                .expectEvents(panelRequested(LocalDate.of(2026, 6, 8)), due(COMPLAINT_PANEL, LocalDate.of(2026, 6, 8)));
    }

    @Test
    void aTimescaleIsAtLeastOneSchoolDay() {
        assertThatThrownBy(() -> new ComplaintTimescales(0, 15, 20)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ComplaintTimescales(5, 15, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void springConfigurationDefaultsToTheBriefTimescalesAndTheEnglandAndWalesCalendar() {
        try (var context = new AnnotationConfigApplicationContext(ComplaintCommandConfig.class,
                uk.tidemark.command.deadline.CalendarConfig.class)) {
            assertThat(context.getBean(ComplaintTimescales.class)).isEqualTo(new ComplaintTimescales(5, 15, 20));
            assertThat(context.getBean("workingCalendar", WorkingCalendar.class)
                    .isWorkingDay(LocalDate.of(2026, 5, 25))).isFalse();
        }
    }

    @Test
    void springConfigurationReadsTheTimescaleProperties() {
        try (var context = new AnnotationConfigApplicationContext()) {
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test", Map.of(
                    "tidemark.complaints.acknowledge-days", "3",
                    "tidemark.complaints.formal-response-days", "10",
                    "tidemark.complaints.panel-days", "25")));
            context.register(ComplaintCommandConfig.class);
            context.refresh();
            assertThat(context.getBean(ComplaintTimescales.class)).isEqualTo(new ComplaintTimescales(3, 10, 25));
        }
    }
}
