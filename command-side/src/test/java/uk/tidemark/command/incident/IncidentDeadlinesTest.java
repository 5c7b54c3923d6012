package uk.tidemark.command.incident;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.tidemark.command.References;
import uk.tidemark.command.deadline.CalendarRegion;
import uk.tidemark.command.deadline.WorkingCalendars;
import uk.tidemark.kernel.disciplinary.DisciplinaryCaseId;
import uk.tidemark.kernel.incident.*;
import uk.tidemark.kernel.incident.command.*;
import uk.tidemark.kernel.incident.event.*;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static uk.tidemark.command.deadline.CaseDeadlines.DEADLINE_NAME;
import static uk.tidemark.command.incident.IncidentFixtures.*;
import static uk.tidemark.kernel.deadline.DeadlineKind.*;

/**
 * The incident's deadlines (BRIEF.md "Deadlines"): each set by its starting event with its due instant, met by its
 * fulfilling event, missed when its time comes unmet, and nothing when its time comes after it was met.
 */
class IncidentDeadlinesTest {

    /** Saturday 19 April 2025, 10:00 in London (BST): Easter Saturday, between Good Friday and Easter Monday. */
    private static final Instant EASTER_SATURDAY = Instant.parse("2025-04-19T09:00:00Z");
    /** Thursday 17 April 2025, 10:00 in London (BST): the day before Good Friday. */
    private static final Instant MAUNDY_THURSDAY = Instant.parse("2025-04-17T09:00:00Z");
    /** The end of Tuesday 22 April 2025 in London (BST): the first working day after Easter. */
    private static final Instant END_OF_TUESDAY_AFTER_EASTER = Instant.parse("2025-04-22T22:59:59.999999999Z");
    private static final String REFERRAL = "referral-" + Agency.CHILDRENS_SOCIAL_CARE;
    private static final DisciplinaryCaseId HR_CASE = DisciplinaryCaseId.of("disciplinary-1");

    private static final String SETTLED_BY_CLOSE = "Settled when the case was closed (resolved informally): Parent "
            + "removed the post";

    private AggregateTestFixture<IncidentAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    private static List<Object> signed(Object... commands) {
        return Stream.of(commands).<Object>map(c -> GenericCommandMessage.asCommandMessage(c).andMetaData(ACTOR)).toList();
    }

    private static TriageIncident triage(AllegationRoute route) {
        return new TriageIncident(ID, Severity.HIGH, "Allegation against an adult", null, route);
    }

    private static IncidentTriaged triagedAs(AllegationRoute route) {
        return new IncidentTriaged(ID, Severity.HIGH, "Allegation against an adult", "dsl", route);
    }

    private static List<Object> triagedHistory(Object... more) {
        List<Object> history = new ArrayList<>(List.of(logged(), triaged()));
        history.addAll(List.of(more));
        return history;
    }

    // FIRST_RESPONSE

    @Test
    void aReportOnAWorkingDayIsDueA24HourFirstResponseOwnedByTheSettingsDsls() {
        fixture.givenCurrentTime(NOW)
                .when(log(PUPIL_AND_PARENT), ACTOR)
                .expectEvents(logged(), DEADLINES.set(FIRST_RESPONSE, "1", FIRST_RESPONSE_DUE, null))
                .expectScheduledDeadlineWithName(FIRST_RESPONSE_DUE, DEADLINE_NAME)
                .expectScheduledDeadline(FIRST_RESPONSE_DUE, DEADLINES.id(FIRST_RESPONSE, "1"));
    }

    @Test
    void aReportOverTheEasterWeekendIsDueByTheEndOfTheNextWorkingDay() {
        // Easter Sunday and Easter Monday (a bank holiday) do not count: the next working day is Tuesday 22 April
        fixture.givenCurrentTime(EASTER_SATURDAY)
                .when(log(PUPIL_AND_PARENT), ACTOR)
                .expectEvents(logged(), DEADLINES.set(FIRST_RESPONSE, "1", END_OF_TUESDAY_AFTER_EASTER, null));
    }

    @Test
    void aReportOnNewYearsDay2031InAScottishSettingIsDueByTheEndOfFriday3January() {
        // 2 January is a bank holiday in Scotland only: in England and Wales the first response is due on the 2nd
        Instant newYearsDay = Instant.parse("2031-01-01T10:00:00Z");
        fixture().givenCurrentTime(newYearsDay)
                .when(log(PUPIL_AND_PARENT), ACTOR)
                .expectEvents(logged(), DEADLINES.set(FIRST_RESPONSE, "1",
                        Instant.parse("2031-01-02T23:59:59.999999999Z"), null));
        fixture(CalendarRegion.SCOTLAND).givenCurrentTime(newYearsDay)
                .when(log(PUPIL_AND_PARENT), ACTOR)
                .expectEvents(logged(), DEADLINES.set(FIRST_RESPONSE, "1",
                        Instant.parse("2031-01-03T23:59:59.999999999Z"), null));
    }

    @Test
    void aLadoReferralInANorthernIrishSettingIsDueAfterTheTwelfth() {
        // triaged on Friday 10 July 2026; Monday 13 July is the Twelfth's substitute day in Northern Ireland only
        Instant friday = Instant.parse("2026-07-10T09:00:00Z");
        fixture(CalendarRegion.NORTHERN_IRELAND).givenCurrentTime(friday)
                .andGiven(logged(withSubject(PersonRole.STAFF)))
                .when(triage(AllegationRoute.HARM_THRESHOLD), ACTOR)
                .expectEvents(triagedAs(AllegationRoute.HARM_THRESHOLD),
                        DEADLINES.set(LADO_REFERRAL, "1", Instant.parse("2026-07-14T22:59:59.999999999Z"), "dsl"));
    }

    @Test
    void theFirstTriageMeetsTheFirstResponse() {
        fixture.givenCurrentTime(NOW).andGivenCommands(signed(log(PUPIL_AND_PARENT)))
                .when(triage(AllegationRoute.NONE), ACTOR)
                .expectEvents(triagedAs(AllegationRoute.NONE), DEADLINES.met(FIRST_RESPONSE, "1"));
    }

    @Test
    void aLaterTriageMeetsNothingMore() {
        fixture.givenCurrentTime(NOW).andGivenCommands(signed(log(PUPIL_AND_PARENT), triage(AllegationRoute.NONE)))
                .when(new TriageIncident(ID, Severity.CRITICAL, "Worse than thought", null, null), ACTOR)
                .expectEvents(new IncidentTriaged(ID, Severity.CRITICAL, "Worse than thought", "dsl", AllegationRoute.NONE));
    }

    @Test
    void anUntriagedReportMissesItsFirstResponse() {
        fixture.givenCurrentTime(NOW).andGivenCommands(signed(log(PUPIL_AND_PARENT)))
                .whenTimeAdvancesTo(FIRST_RESPONSE_DUE)
                .expectEvents(DEADLINES.missed(FIRST_RESPONSE, "1", FIRST_RESPONSE_DUE, null))
                .expectTriggeredDeadlines(DEADLINES.id(FIRST_RESPONSE, "1"));
    }

    @Test
    void aMissedFirstResponseIsTheOwnersOnceTheCaseIsAssigned() {
        fixture.givenCurrentTime(NOW)
                .andGivenCommands(signed(log(PUPIL_AND_PARENT), new AssignIncident(ID, "deputy", "On duty")))
                .whenTimeAdvancesTo(FIRST_RESPONSE_DUE)
                .expectEvents(DEADLINES.missed(FIRST_RESPONSE, "1", FIRST_RESPONSE_DUE, "deputy"));
    }

    @Test
    void aFirstResponseDueAfterTheTriageEndsNothing() {
        fixture.givenCurrentTime(NOW).andGivenCommands(signed(log(PUPIL_AND_PARENT), triage(AllegationRoute.NONE)))
                .whenTimeAdvancesTo(FIRST_RESPONSE_DUE)
                .expectNoEvents()
                .expectTriggeredDeadlines(DEADLINES.id(FIRST_RESPONSE, "1"));
    }

    @Test
    void closingTheCaseMeetsAFirstResponseStillPending() {
        // a case is triaged before it can close, so only a history without the triage's DeadlineMet shows this
        fixture.givenCurrentTime(NOW).andGiven(logged(), DEADLINES.set(FIRST_RESPONSE, "1", FIRST_RESPONSE_DUE, null),
                        triaged())
                .when(close(), ACTOR)
                .expectEvents(withReview(RetentionRule.ONLINE_SAFETY, closed(), DEADLINES.met(FIRST_RESPONSE, "1")));
    }

    @Test
    void aReportOfAChildAtImmediateRiskIsDueAFirstResponseWithinTheHour() {
        Instant inAnHour = NOW.plus(Duration.ofHours(1));
        fixture.givenCurrentTime(NOW)
                .when(immediateRisk(log(PUPIL_AND_PARENT)), ACTOR)
                .expectEvents(immediateRisk(logged()), DEADLINES.set(FIRST_RESPONSE, "1", inAnHour, null))
                .expectScheduledDeadline(inAnHour, DEADLINES.id(FIRST_RESPONSE, "1"));
    }

    @Test
    void theImmediateRiskTimescaleIsConfiguredAndCountsClockTimeOverAWeekend() {
        // Saturday 8 March 2025, 22:00: 30 minutes later, not the end of Monday
        Instant saturdayNight = Instant.parse("2025-03-08T22:00:00Z");
        AggregateTestFixture<IncidentAggregate> configured = new AggregateTestFixture<>(IncidentAggregate.class);
        configured.registerInjectableResource(WorkingCalendars.shipped());
        configured.registerInjectableResource(References.FIXED);
        configured.registerInjectableResource(new IncidentTimescales(30));
        configured.givenCurrentTime(saturdayNight)
                .when(immediateRisk(log(PUPIL_AND_PARENT)), ACTOR)
                .expectEvents(immediateRisk(logged()),
                        DEADLINES.set(FIRST_RESPONSE, "1", saturdayNight.plus(Duration.ofMinutes(30)), null));
    }

    @Test
    void anUntriagedImmediateRiskReportMissesItsFirstResponseAfterTheHour() {
        Instant inAnHour = NOW.plus(Duration.ofHours(1));
        fixture.givenCurrentTime(NOW).andGivenCommands(signed(immediateRisk(log(PUPIL_AND_PARENT))))
                .whenTimeAdvancesTo(inAnHour)
                .expectEvents(DEADLINES.missed(FIRST_RESPONSE, "1", inAnHour, null));
    }

    private static LogIncident immediateRisk(LogIncident c) {
        return new LogIncident(c.incidentId(), c.settingId(), c.category(), c.platform(), c.occurredAt(), c.summary(),
                c.links(), c.people(), true);
    }

    private static IncidentLogged immediateRisk(IncidentLogged e) {
        return new IncidentLogged(e.incidentId(), e.settingId(), e.category(), e.platform(), e.occurredAt(),
                e.summary(), e.links(), e.people(), true, e.reportedBy(), e.reference());
    }

    // LADO_REFERRAL

    @Test
    void theHarmThresholdDecisionGivesTheOwnerOneWorkingDayToReferToTheLado() {
        fixture.givenCurrentTime(NOW).andGiven(logged(withSubject(PersonRole.STAFF)))
                .when(triage(AllegationRoute.HARM_THRESHOLD), ACTOR)
                .expectEvents(triagedAs(AllegationRoute.HARM_THRESHOLD),
                        DEADLINES.set(LADO_REFERRAL, "1", END_OF_NEXT_WORKING_DAY, "dsl"))
                .expectScheduledDeadline(END_OF_NEXT_WORKING_DAY, DEADLINES.id(LADO_REFERRAL, "1"));
    }

    @Test
    void aHarmThresholdDecisionBeforeEasterIsDueOnTheTuesdayAfter() {
        fixture.givenCurrentTime(MAUNDY_THURSDAY).andGiven(logged(withSubject(PersonRole.STAFF)))
                .when(triage(AllegationRoute.HARM_THRESHOLD), ACTOR)
                .expectEvents(triagedAs(AllegationRoute.HARM_THRESHOLD),
                        DEADLINES.set(LADO_REFERRAL, "1", END_OF_TUESDAY_AFTER_EASTER, "dsl"));
    }

    @Test
    void aLowLevelConcernSetsNoLadoDeadline() {
        fixture.givenCurrentTime(NOW).andGiven(logged(withSubject(PersonRole.STAFF)))
                .when(triage(AllegationRoute.LOW_LEVEL_CONCERN), ACTOR)
                .expectEvents(triagedAs(AllegationRoute.LOW_LEVEL_CONCERN))
                .expectNoScheduledDeadlines();
    }

    @Test
    void aLadoReferralMadeBeforeTheDecisionLeavesNothingToBeDue() {
        fixture.givenCurrentTime(NOW).andGiven(logged(withSubject(PersonRole.STAFF)), referred(Agency.LADO))
                .when(triage(AllegationRoute.HARM_THRESHOLD), ACTOR)
                .expectEvents(triagedAs(AllegationRoute.HARM_THRESHOLD));
    }

    @Test
    void theReferralToTheLadoMeetsItAndStartsItsOwnFollowUp() {
        fixture.givenCurrentTime(NOW).andGiven(logged(withSubject(PersonRole.STAFF)))
                .andGivenCommands(signed(triage(AllegationRoute.HARM_THRESHOLD)))
                .when(refer(Agency.LADO), ACTOR)
                .expectEvents(referred(Agency.LADO), DEADLINES.met(LADO_REFERRAL, "1"),
                        DEADLINES.set(REFERRAL_FOLLOW_UP, "referral-LADO", END_OF_NEXT_WORKING_DAY, "dsl"));
    }

    @Test
    void noLadoReferralByTheEndOfTheNextWorkingDayIsMissed() {
        fixture.givenCurrentTime(NOW).andGiven(logged(withSubject(PersonRole.STAFF)))
                .andGivenCommands(signed(triage(AllegationRoute.HARM_THRESHOLD)))
                .whenTimeAdvancesTo(END_OF_NEXT_WORKING_DAY)
                .expectEvents(DEADLINES.missed(LADO_REFERRAL, "1", END_OF_NEXT_WORKING_DAY, "dsl"));
    }

    @Test
    void aLadoDeadlineReachedAfterTheReferralEndsNothing() {
        fixture.givenCurrentTime(NOW).andGiven(logged(withSubject(PersonRole.STAFF)))
                .andGivenCommands(signed(triage(AllegationRoute.HARM_THRESHOLD)))
                .andGivenCommands(signed(refer(Agency.LADO), new AcknowledgeReferral(ID, "referral-LADO", "L-1", null)))
                .whenTimeAdvancesTo(END_OF_NEXT_WORKING_DAY)
                .expectNoEvents();
    }

    // REFERRAL_FOLLOW_UP

    @Test
    void anAgencyHasOneWorkingDayToAcknowledgeAReferral() {
        fixture.givenCurrentTime(MAUNDY_THURSDAY).andGiven(logged())
                .when(refer(Agency.CHILDRENS_SOCIAL_CARE), ACTOR)
                .expectEvents(referred(Agency.CHILDRENS_SOCIAL_CARE),
                        DEADLINES.set(REFERRAL_FOLLOW_UP, REFERRAL, END_OF_TUESDAY_AFTER_EASTER, null));
    }

    @Test
    void theAcknowledgementMeetsTheFollowUp() {
        fixture.givenCurrentTime(NOW).andGiven(triagedHistory()).andGivenCommands(signed(refer(Agency.CHILDRENS_SOCIAL_CARE)))
                .when(new AcknowledgeReferral(ID, REFERRAL, "CSC-77", "Called back"), ACTOR)
                .expectEvents(new ReferralAcknowledged(ID, REFERRAL, "CSC-77", "Called back"),
                        DEADLINES.met(REFERRAL_FOLLOW_UP, REFERRAL));
    }

    @Test
    void anUnacknowledgedReferralMissesItsFollowUp() {
        fixture.givenCurrentTime(NOW).andGiven(triagedHistory()).andGivenCommands(signed(refer(Agency.CHILDRENS_SOCIAL_CARE)))
                .whenTimeAdvancesTo(END_OF_NEXT_WORKING_DAY)
                .expectEvents(DEADLINES.missed(REFERRAL_FOLLOW_UP, REFERRAL, END_OF_NEXT_WORKING_DAY, "dsl"));
    }

    @Test
    void aLateAcknowledgementIsRecordedButMeetsNothing() {
        fixture.givenCurrentTime(NOW).andGiven(triagedHistory()).andGivenCommands(signed(refer(Agency.CHILDRENS_SOCIAL_CARE)))
                .andGiven(DEADLINES.missed(REFERRAL_FOLLOW_UP, REFERRAL, END_OF_NEXT_WORKING_DAY, "dsl"))
                .when(new AcknowledgeReferral(ID, REFERRAL, "CSC-77", null), ACTOR)
                .expectEvents(new ReferralAcknowledged(ID, REFERRAL, "CSC-77", null));
    }

    @Test
    void closingTheCaseSettlesAFollowUpStillPendingWithTheClosingReason() {
        fixture.givenCurrentTime(NOW).andGiven(triagedHistory()).andGivenCommands(signed(refer(Agency.CHILDRENS_SOCIAL_CARE)))
                .when(close(), ACTOR)
                .expectEvents(withReview(RetentionRule.CHILD_PROTECTION, closed(), DEADLINES.cancelled(REFERRAL_FOLLOW_UP, REFERRAL, SETTLED_BY_CLOSE)));
    }

    @Test
    void closingTheCaseSettlesAWarningAndAReferralAndNothingIsMissedAfterwards() {
        fixture.givenCurrentTime(NOW).andGiven(triagedHistory())
                .andGivenCommands(signed(warn(WARNING, PARENT), refer(Agency.CHILDRENS_SOCIAL_CARE)))
                .when(close(), ACTOR)
                .expectEvents(withReview(RetentionRule.CHILD_PROTECTION, closed(), DEADLINES.cancelled(WARNING_RESPONSE, "warning-1", SETTLED_BY_CLOSE),
                        DEADLINES.cancelled(REFERRAL_FOLLOW_UP, REFERRAL, SETTLED_BY_CLOSE)));
    }

    @Test
    void anAcknowledgementNamesAReferralMadeOnThisCase() {
        fixture.given(triagedHistory(referred(Agency.CEOP)))
                .when(new AcknowledgeReferral(ID, "referral-elsewhere", "X", null), ACTOR)
                .expectException(IncidentRuleViolation.class)
                .expectExceptionMessage("There is no such referral on this case, so its acknowledgement cannot be recorded.")
                .expectNoEvents();
    }

    @Test
    void aReferralIsAcknowledgedOnce() {
        fixture.given(triagedHistory(referred(Agency.CEOP), new ReferralAcknowledged(ID, "referral-CEOP", "C-1", null)))
                .when(new AcknowledgeReferral(ID, "referral-CEOP", "C-2", "Again"), ACTOR)
                .expectException(IncidentRuleViolation.class)
                .expectExceptionMessage(IncidentRule.REFERRAL_ALREADY_ACKNOWLEDGED.sentence())
                .expectNoEvents();
    }

    // WARNING_RESPONSE

    @Test
    void aWarningIsDueByTheEndOfItsResponseDate() {
        fixture.givenCurrentTime(NOW).andGiven(triagedHistory())
                .when(warn(WARNING, PARENT), ACTOR)
                .expectEvents(warned(WARNING, PARENT),
                        DEADLINES.set(WARNING_RESPONSE, "warning-1", WARNING_RESPONSE_DUE, "dsl"))
                .expectScheduledDeadline(WARNING_RESPONSE_DUE, DEADLINES.id(WARNING_RESPONSE, "warning-1"));
    }

    @Test
    void aWarningWithoutAResponseDateIsDueInFiveWorkingDays() {
        // from Thursday 17 April 2025: Tue 22, Wed 23, Thu 24, Fri 25 and Mon 28 April, Easter skipped
        fixture.givenCurrentTime(MAUNDY_THURSDAY).andGiven(triagedHistory())
                .when(new IssueWarning(ID, WARNING, PARENT, WarningKind.VERBAL, WarningChannel.PHONE, "Stop posting", null), ACTOR)
                .expectEvents(new WarningIssued(ID, WARNING, PARENT, WarningKind.VERBAL, WarningChannel.PHONE, "Stop posting", null),
                        DEADLINES.set(WARNING_RESPONSE, "warning-1", Instant.parse("2025-04-28T22:59:59.999999999Z"), "dsl"));
    }

    @Test
    void theResponseMeetsTheWarningsDeadline() {
        fixture.givenCurrentTime(NOW).andGiven(triagedHistory()).andGivenCommands(signed(warn(WARNING, PARENT)))
                .when(new RecordWarningResponse(ID, WARNING, WarningResponse.COMPLIED, "Post removed"), ACTOR)
                .expectEvents(new WarningResponseRecorded(ID, WARNING, WarningResponse.COMPLIED, "Post removed"),
                        DEADLINES.met(WARNING_RESPONSE, "warning-1"));
    }

    @Test
    void noResponseByTheDueDateIsRecordedAutomaticallyAndTheDeadlineMissed() {
        fixture.givenCurrentTime(NOW).andGiven(triagedHistory()).andGivenCommands(signed(warn(WARNING, PARENT)))
                .whenTimeAdvancesTo(WARNING_RESPONSE_DUE)
                .expectEvents(new WarningResponseRecorded(ID, WARNING, WarningResponse.NO_RESPONSE,
                                "No response was recorded by the due date."),
                        DEADLINES.missed(WARNING_RESPONSE, "warning-1", WARNING_RESPONSE_DUE, "dsl"));
    }

    @Test
    void aClosedCaseMissesNothingWhenAWarningsDateEnds() {
        fixture.givenCurrentTime(NOW).andGiven(triagedHistory())
                .andGivenCommands(signed(warn(WARNING, PARENT), refer(Agency.CHILDRENS_SOCIAL_CARE), close()))
                .whenTimeAdvancesTo(WARNING_RESPONSE_DUE)
                .expectNoEvents();
    }

    @Test
    void aWarningAnsweredInTimeRecordsNothingWhenItsDateEnds() {
        fixture.givenCurrentTime(NOW).andGiven(triagedHistory())
                .andGivenCommands(signed(warn(WARNING, PARENT),
                        new RecordWarningResponse(ID, WARNING, WarningResponse.REFUSED, "Will not remove it")))
                .whenTimeAdvancesTo(WARNING_RESPONSE_DUE)
                .expectNoEvents();
    }

    // ReferToDisciplinary and RedirectToComplaint

    @Test
    void aDisciplinaryReferralCarriesTheStaffSubjectsNameAndTheSetting() {
        fixture.given(logged(withSubject(PersonRole.STAFF)), triaged())
                .when(new ReferToDisciplinary(ID, HR_CASE, STAFF, false, true, "Messaged a pupil"), ACTOR)
                .expectEvents(new DisciplinaryReferralMade(ID, HR_CASE, "setting-1", STAFF, "Subject C", false, true,
                        "Messaged a pupil"));
    }

    @Test
    void onlyAStaffSubjectCanBeReferredToHr() {
        String refusal = "Only a member of staff named on this case as a subject can be referred to HR for disciplinary action.";
        List<List<Object>> histories = List.of(
                List.of(logged(withSubject(PersonRole.VOLUNTEER)), triaged()), // a volunteer is no employee
                List.of(logged(withSubject(PersonRole.PARENT_CARER)), triaged()),
                List.of(logged(List.of(new Person(STAFF, "Teacher D", PersonRole.STAFF, Involvement.WITNESS))), triaged()));
        for (List<Object> history : histories) {
            fixture.given(history)
                    .when(new ReferToDisciplinary(ID, HR_CASE, STAFF, false, false, "Allegation"), ACTOR)
                    .expectException(IncidentRuleViolation.class)
                    .expectExceptionMessage(refusal)
                    .expectNoEvents();
        }
        fixture.given(logged(withSubject(PersonRole.STAFF)), triaged())
                .when(new ReferToDisciplinary(ID, HR_CASE, STRANGER, false, false, "Allegation"), ACTOR)
                .expectExceptionMessage(IncidentRule.DISCIPLINARY_REFERRAL_NAMES_A_STAFF_SUBJECT.sentence())
                .expectNoEvents();
    }

    @Test
    void aDisciplinaryReferralWaitsForTheTriage() {
        fixture.given(logged(withSubject(PersonRole.STAFF)))
                .when(new ReferToDisciplinary(ID, HR_CASE, STAFF, false, false, "Allegation"), ACTOR)
                .expectException(IncidentRuleViolation.class)
                .expectExceptionMessage("Triage this case before referring a member of staff to HR: the allegation needs assessing first.")
                .expectNoEvents();
    }

    /**
     * The close's events followed by the review it sets (decision 0052): a case referred to children's social care is
     * a child protection record, kept 25 years after closing; any other, six.
     */
    private static Object[] withReview(RetentionRule rule, Object... closing) {
        List<Object> all = new ArrayList<>(List.of(closing));
        all.addAll(rule == RetentionRule.CHILD_PROTECTION ? reviewed(rule, java.time.LocalDate.of(2050, 3, 4), "dsl")
                : reviewed(rule, SIX_YEARS_ON, "dsl"));
        return all.toArray();
    }
}
