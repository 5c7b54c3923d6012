package uk.tidemark.command.officialaccount;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import uk.tidemark.command.DeadlineEvents;
import uk.tidemark.command.deadline.WorkingCalendar;
import uk.tidemark.kernel.CaseType;
import uk.tidemark.kernel.officialaccount.AccountPerson;
import uk.tidemark.kernel.officialaccount.AccountRole;
import uk.tidemark.kernel.officialaccount.command.*;
import uk.tidemark.kernel.officialaccount.event.*;
import uk.tidemark.kernel.time.DateRefusedException;

import java.time.LocalDate;
import java.util.Map;

import static uk.tidemark.command.officialaccount.AccountFixtures.*;
import static uk.tidemark.kernel.deadline.DeadlineKind.*;

/**
 * The official account's rules and deadlines (seeds 001 and 002): decided never by the requester; a leaver's password
 * change due the next working day, to the lead; the lead's leaving a handover to the headteacher; DBS renewals and the
 * yearly review.
 */
class OfficialAccountRulesTest {

    private static final DeadlineEvents DEADLINES = new DeadlineEvents(CaseType.OFFICIAL_ACCOUNT, ID.value(), SETTING);
    private static final Object DBS_DUE = DEADLINES.set(MODERATOR_DBS_RENEWAL, "mod-1-2028-09-01",
            WorkingCalendar.endOf(LocalDate.of(2028, 9, 1)), "comms");
    private final AggregateTestFixture<OfficialAccountAggregate> fixture = fixture();

    @Test
    void anyMemberOfStaffAsksForAnAccountNamingItsLead() {
        fixture.givenNoPriorActivity().when(request(), REQUESTER).expectEvents(requested());
    }

    @Test
    void theRequesterCannotApproveNorRefuseTheirOwnRequest() {
        fixture.givenCurrentTime(MONDAY).andGiven(requested()).when(new ApproveOfficialAccount(ID, "ok"), REQUESTER)
                .expectException(OfficialAccountRuleViolation.class)
                .expectExceptionMessage(OfficialAccountRule.NOT_THE_REQUESTER.sentence()).expectNoEvents();
        fixture().givenCurrentTime(MONDAY).andGiven(requested()).when(new RefuseOfficialAccount(ID, "no"), REQUESTER)
                .expectException(OfficialAccountRuleViolation.class)
                .expectExceptionMessage(OfficialAccountRule.NOT_THE_REQUESTER.sentence()).expectNoEvents();
    }

    @Test
    void approvalSetsTheReviewAYearOnToTheLead() {
        LocalDate review = LocalDate.of(2027, 3, 2);
        fixture.givenCurrentTime(MONDAY).andGiven(requested()).when(new ApproveOfficialAccount(ID, "Approved for a year"), HEAD)
                .expectEvents(approved(), DEADLINES.set(ACCOUNT_REVIEW, "1", WorkingCalendar.endOf(review),
                        "comms"));
    }

    @Test
    void anAccountWithoutALeadIsNotApproved() {
        fixture.givenCurrentTime(MONDAY)
                .andGiven(requested(), new AccountPersonRemoved(ID, "lead-comms", "Left", false, null, null, null))
                .when(new ApproveOfficialAccount(ID, "ok"), HEAD)
                .expectExceptionMessage(OfficialAccountRule.LEAD_BEFORE_APPROVAL.sentence()).expectNoEvents();
    }

    @Test
    void aModeratorsDbsCheckIsRenewedAfterThreeYearsOrAsConfigured() {
        AccountPerson mod = new AccountPerson("mod-9", "mod9", "Mo Nine", AccountRole.MODERATOR, LocalDate.of(2026, 1, 5));
        fixture.givenCurrentTime(MONDAY).andGiven(requested(), approved())
                .when(new AddAccountPerson(ID, "mod-9", "mod9", "Mo Nine", AccountRole.MODERATOR, LocalDate.of(2026, 1, 5)), HEAD)
                .expectEvents(new AccountPersonAdded(ID, mod, LocalDate.of(2029, 1, 5)),
                        DEADLINES.set(MODERATOR_DBS_RENEWAL, "mod-9-2029-01-05",
                                WorkingCalendar.endOf(LocalDate.of(2029, 1, 5)), "comms"));
        fixture(new OfficialAccountTimescales(2, 5)).givenCurrentTime(MONDAY).andGiven(requested(), approved())
                .when(new AddAccountPerson(ID, "mod-9", "mod9", "Mo Nine", AccountRole.MODERATOR, LocalDate.of(2026, 1, 5)), HEAD)
                .expectEvents(new AccountPersonAdded(ID, mod, LocalDate.of(2028, 1, 5)),
                        DEADLINES.set(MODERATOR_DBS_RENEWAL, "mod-9-2028-01-05",
                                WorkingCalendar.endOf(LocalDate.of(2028, 1, 5)), "comms"));
    }

    @Test
    void aRenewedCheckMeetsTheRenewalAndSetsTheNext() {
        LocalDate checked = LocalDate.of(2026, 3, 1);
        fixture.givenCurrentTime(MONDAY).andGiven(requested(), moderatorAdded(), approved(), DBS_DUE)
                .when(new RecordModeratorDbsCheck(ID, "mod-1", checked), HEAD)
                .expectEvents(new ModeratorDbsChecked(ID, "mod-1", checked, LocalDate.of(2029, 3, 1)),
                        DEADLINES.met(MODERATOR_DBS_RENEWAL, "mod-1-2028-09-01"),
                        DEADLINES.set(MODERATOR_DBS_RENEWAL, "mod-1-2029-03-01",
                                WorkingCalendar.endOf(LocalDate.of(2029, 3, 1)), "comms"));
    }

    @Test
    void aDbsCheckIsAModeratorsAndHappenedAlready() {
        fixture.givenCurrentTime(MONDAY).andGiven(requested(), approved())
                .when(new RecordModeratorDbsCheck(ID, "lead-comms", LocalDate.of(2026, 1, 1)), HEAD)
                .expectExceptionMessage(OfficialAccountRule.DBS_FOR_MODERATORS.sentence()).expectNoEvents();
        fixture().givenCurrentTime(MONDAY).andGiven(requested(), approved(), moderatorAdded())
                .when(new RecordModeratorDbsCheck(ID, "mod-1", LocalDate.of(2026, 3, 3)), HEAD)
                .expectException(DateRefusedException.class).expectNoEvents();
        fixture().givenCurrentTime(MONDAY).andGiven(requested(), approved())
                .when(new RecordModeratorDbsCheck(ID, "nobody", LocalDate.of(2026, 1, 1)), HEAD)
                .expectExceptionMessage(OfficialAccountRule.ON_THE_ACCOUNT.sentence()).expectNoEvents();
    }

    @Test
    void someoneHoldsOnePlaceOnAnAccount() {
        fixture.givenCurrentTime(MONDAY).andGiven(requested(), approved(), moderatorAdded())
                .when(new AddAccountPerson(ID, "adm", "mod", "Morgan Mod", AccountRole.ADMINISTRATOR, null), HEAD)
                .expectExceptionMessage(OfficialAccountRule.ONE_PLACE_EACH.sentence()).expectNoEvents();
        fixture().givenCurrentTime(MONDAY).andGiven(requested(), approved())
                .when(new NameAccountLead(ID, "other", "Other Lead"), HEAD)
                .expectExceptionMessage(OfficialAccountRule.ONLY_ONE_LEAD.sentence()).expectNoEvents();
    }

    @Test
    void aDisabledModeratorsPasswordChangeFallsToTheLeadTheNextWorkingDayAcrossAWeekend() {
        LocalDate monday = LocalDate.of(2026, 3, 9);
        fixture.givenCurrentTime(FRIDAY).andGiven(requested(), approved(), moderatorAdded(), DBS_DUE)
                .when(new RecordAccessLost(ID, "mod", "head"), HEAD)
                .expectEvents(new AccountPersonRemoved(ID, "mod-1", "Their Tidemark account was disabled.", true,
                                monday, null, "comms"),
                        DEADLINES.cancelled(MODERATOR_DBS_RENEWAL, "mod-1-2028-09-01",
                                "The moderator no longer has access to the account."),
                        DEADLINES.set(ACCOUNT_PASSWORD_CHANGE, "mod-1", WorkingCalendar.endOf(monday), "comms"));
    }

    @Test
    void theNextWorkingDaySkipsTheEasterBankHolidays() {
        LocalDate tuesday = LocalDate.of(2026, 4, 7);
        fixture.givenCurrentTime(BEFORE_EASTER).andGiven(requested(), approved(), moderatorAdded(), DBS_DUE)
                .when(new RemoveAccountPerson(ID, "mod-1", "Stepped down", "head"), HEAD)
                .expectEvents(new AccountPersonRemoved(ID, "mod-1", "Stepped down", false, tuesday, null, "comms"),
                        DEADLINES.cancelled(MODERATOR_DBS_RENEWAL, "mod-1-2028-09-01",
                                "The moderator no longer has access to the account."),
                        DEADLINES.set(ACCOUNT_PASSWORD_CHANGE, "mod-1", WorkingCalendar.endOf(tuesday), "comms"));
    }

    @Test
    void accessLostAgainChangesNothing() {
        fixture.givenCurrentTime(FRIDAY).andGiven(requested(), approved(), moderatorAdded(),
                        new AccountPersonRemoved(ID, "mod-1", "Their Tidemark account was disabled.", true,
                                LocalDate.of(2026, 3, 9), null, "comms"))
                .when(new RecordAccessLost(ID, "mod", "head"), HEAD).expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void whenTheLeadLeavesTheHeadteacherGetsTheHandoverAndThePasswordChange() {
        LocalDate tuesday = LocalDate.of(2026, 3, 3);
        LocalDate handover = LocalDate.of(2026, 3, 9);
        fixture.givenCurrentTime(MONDAY).andGiven(requested(), approved())
                .when(new RemoveAccountPerson(ID, "lead-comms", "Left the school", "head"), HEAD)
                .expectEvents(new AccountPersonRemoved(ID, "lead-comms", "Left the school", false, tuesday, handover, "head"),
                        DEADLINES.set(ACCOUNT_PASSWORD_CHANGE, "lead-comms", WorkingCalendar.endOf(tuesday), "head"),
                        DEADLINES.set(ACCOUNT_HANDOVER, "lead-comms", WorkingCalendar.endOf(handover), "head"));
        AccountPerson next = new AccountPerson("lead-newlead-1", "newlead", "Nia New", AccountRole.LEAD, null);
        fixture().givenCurrentTime(MONDAY).andGiven(requested(), approved(), moderatorAdded(),
                        new AccountPersonRemoved(ID, "lead-comms", "Left", false, tuesday, handover, "head"),
                        DEADLINES.set(ACCOUNT_HANDOVER, "lead-comms", WorkingCalendar.endOf(handover), "head"))
                .when(new NameAccountLead(ID, "newlead", "Nia New"), HEAD)
                .expectEvents(new AccountLeadNamed(ID, next), DEADLINES.met(ACCOUNT_HANDOVER, "lead-comms"));
    }

    @Test
    void aPasswordChangeMeetsOnlyTheChangesOfThoseWhoLeftByThen() {
        LocalDate monday = LocalDate.of(2026, 3, 9);
        var left = new AccountPersonRemoved(ID, "mod-1", "Left", true, monday, null, "comms");
        var due = DEADLINES.set(ACCOUNT_PASSWORD_CHANGE, "mod-1", WorkingCalendar.endOf(monday), "comms");
        fixture.givenCurrentTime(FRIDAY).andGiven(requested(), approved(), moderatorAdded())
                .andGiven(left, due) // the moderator left on Friday 6 March
                .when(new RecordPasswordChanged(ID, LocalDate.of(2026, 3, 6)), HEAD)
                .expectEvents(new AccountPasswordChanged(ID, LocalDate.of(2026, 3, 6)),
                        DEADLINES.met(ACCOUNT_PASSWORD_CHANGE, "mod-1"));
        fixture().givenCurrentTime(FRIDAY).andGiven(requested(), approved(), moderatorAdded(), left, due)
                .when(new RecordPasswordChanged(ID, LocalDate.of(2026, 3, 5)), HEAD)
                .expectEvents(new AccountPasswordChanged(ID, LocalDate.of(2026, 3, 5)));
    }

    @Test
    void aMissedPasswordChangeIsTheLeads() {
        LocalDate monday = LocalDate.of(2026, 3, 9);
        fixture.givenCurrentTime(FRIDAY).andGiven(requested(), approved(), moderatorAdded())
                .andGivenCommands(org.axonframework.commandhandling.GenericCommandMessage
                        .asCommandMessage(new RecordAccessLost(ID, "mod", "head")).withMetaData(HEAD))
                .whenTimeElapses(java.time.Duration.ofDays(4))
                .expectEvents(DEADLINES.missed(ACCOUNT_PASSWORD_CHANGE, "mod-1", WorkingCalendar.endOf(monday), "comms"));
    }

    @Test
    void anIncidentIsNamedOnceEvenOnAClosedAccount() {
        fixture.givenCurrentTime(MONDAY).andGiven(requested(), approved(), new OfficialAccountClosed(ID, "Gone"),
                        new IncidentOnAccountRecorded(ID, "incident-1"))
                .when(new RecordIncidentOnAccount(ID, "incident-1"), HEAD).expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aReviewMeetsTheDueOneAndSetsTheNextAndClosingCancelsIt() {
        LocalDate next = LocalDate.of(2027, 3, 2);
        fixture.givenCurrentTime(MONDAY).andGiven(requested(), new OfficialAccountApproved(ID, "head", "ok",
                        LocalDate.of(2026, 3, 2)), DEADLINES.set(ACCOUNT_REVIEW, "1",
                        WorkingCalendar.endOf(LocalDate.of(2026, 3, 2)), "comms"))
                .when(new ReviewOfficialAccount(ID, "Still needed"), Map.of("actor", "comms"))
                .expectEvents(new OfficialAccountReviewed(ID, "Still needed", next),
                        DEADLINES.met(ACCOUNT_REVIEW, "1"),
                        DEADLINES.set(ACCOUNT_REVIEW, "2", WorkingCalendar.endOf(next), "comms"));
        fixture().givenCurrentTime(MONDAY).andGiven(requested(), approved(), DEADLINES.set(ACCOUNT_REVIEW, "1",
                        WorkingCalendar.endOf(next), "comms"))
                .when(new CloseOfficialAccount(ID, "Merged"), HEAD)
                .expectEvents(new OfficialAccountClosed(ID, "Merged"),
                        DEADLINES.cancelled(ACCOUNT_REVIEW, "1", "The account was closed."));
    }
}
