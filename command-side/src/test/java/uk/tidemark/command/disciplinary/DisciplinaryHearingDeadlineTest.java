package uk.tidemark.command.disciplinary;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.tidemark.kernel.Meta;
import uk.tidemark.kernel.disciplinary.command.*;
import uk.tidemark.kernel.disciplinary.event.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static uk.tidemark.command.disciplinary.DisciplinaryFixtures.*;
import static uk.tidemark.kernel.deadline.DeadlineKind.HEARING_NOTICE;
import static uk.tidemark.kernel.disciplinary.DisciplinaryStage.INVESTIGATION;

/**
 * The hearing's deadline: an invitation sets the hearing date as the date the hearing must be held by, answerable
 * to the HR user who opened the case. (Where it falls across weekends and bank holidays is in
 * DisciplinaryHearingRulesTest, with the notice.)
 */
class DisciplinaryHearingDeadlineTest {

    private static final String HEARING_DAY = EARLIEST_HEARING.toString();
    /** 9 March 2026, 10:00 in London: a hearing is recorded as held on its date, not before. */
    private static final Instant MORNING_OF_THE_HEARING = Instant.parse("2026-03-09T10:00:00Z");
    private static final LocalDate MOVED_TO = LocalDate.of(2026, 3, 11);
    private static final Instant END_OF_MOVED_DAY = Instant.parse("2026-03-11T23:59:59.999999999Z");

    private AggregateTestFixture<DisciplinaryCaseAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    private static List<Object> commandsToInvitation() {
        return List.of(signed(open(false, false)), signed(new AppointInvestigator(ID, "Ivy Investigator")),
                signed(new RecordInvestigationFindings(ID, "Messages confirmed")), signed(invite(EARLIEST_HEARING)));
    }

    @Test
    void anInvitationSetsTheHearingDateAsTheDeadline() {
        fixture.givenCurrentTime(NOW).andGiven(historyTo(INVESTIGATION))
                .when(invite(EARLIEST_HEARING), ACTOR)
                .expectEvents(new InvitedToHearing(ID, EARLIEST_HEARING, true, TODAY),
                        DEADLINES.set(HEARING_NOTICE, HEARING_DAY, WINDOW_END, OWNER))
                .expectScheduledDeadline(WINDOW_END, DEADLINES.id(HEARING_NOTICE, HEARING_DAY));
    }

    /** A case a DSL's referral opened answers to HR as a group, never to the referring DSL. */
    @Test
    void aCaseOpenedByAReferralAnswersToHrNotToTheReferringDsl() {
        OpenDisciplinaryCase referred = new OpenDisciplinaryCase(ID, "setting-1", "Sam Staff", EMPLOYEE, false, true,
                "Messaged a pupil on a personal account", INCIDENT);
        fixture.givenCurrentTime(NOW)
                .andGivenCommands(new GenericCommandMessage<>(referred, Map.of(Meta.ACTOR, "dsl")),
                        signed(new AppointInvestigator(ID, "Ivy Investigator")),
                        signed(new RecordInvestigationFindings(ID, "Messages confirmed")))
                .when(invite(EARLIEST_HEARING), ACTOR)
                .expectEvents(new InvitedToHearing(ID, EARLIEST_HEARING, true, TODAY),
                        DEADLINES.set(HEARING_NOTICE, HEARING_DAY, WINDOW_END, null));
    }

    @Test
    void holdingTheHearingMeetsIt() {
        List<Object> invited = new ArrayList<>(historyTo(INVESTIGATION));
        invited.add(new InvitedToHearing(ID, EARLIEST_HEARING, true, TODAY));
        invited.add(DEADLINES.set(HEARING_NOTICE, HEARING_DAY, WINDOW_END, OWNER));
        fixture.givenCurrentTime(MORNING_OF_THE_HEARING).andGiven(invited)
                .when(new RecordHearingHeld(ID, "Union representative"), ACTOR)
                .expectEvents(new HearingHeld(ID, "Union representative", EARLIEST_HEARING), DEADLINES.met(HEARING_NOTICE, HEARING_DAY));
    }

    @Test
    void aHearingNotHeldByItsDateIsMissed() {
        fixture.givenCurrentTime(NOW).andGivenCommands(commandsToInvitation())
                .whenTimeAdvancesTo(WINDOW_END)
                .expectEvents(DEADLINES.missed(HEARING_NOTICE, HEARING_DAY, WINDOW_END, OWNER));
    }

    @Test
    void aHearingHeldInTimeMissesNothingWhenItsDayEnds() {
        fixture.givenCurrentTime(NOW).andGivenCommands(commandsToInvitation())
                .andGiven(new HearingHeld(ID, null), DEADLINES.met(HEARING_NOTICE, HEARING_DAY))
                .whenTimeAdvancesTo(WINDOW_END)
                .expectNoEvents();
    }

    @Test
    void movingTheHearingReplacesItsDeadline() {
        fixture.givenCurrentTime(NOW).andGivenCommands(commandsToInvitation())
                .when(invite(MOVED_TO), ACTOR)
                .expectEvents(new InvitedToHearing(ID, MOVED_TO, true, TODAY),
                        DEADLINES.cancelled(HEARING_NOTICE, HEARING_DAY, "The hearing was moved to Wednesday 11 March 2026."),
                        DEADLINES.set(HEARING_NOTICE, MOVED_TO.toString(), END_OF_MOVED_DAY, OWNER));
    }

    @Test
    void theOldDateOfAMovedHearingEndsNothingAndTheNewOneIsMissedIfNotHeld() {
        List<Object> commands = new ArrayList<>(commandsToInvitation());
        commands.add(signed(invite(MOVED_TO)));
        fixture.givenCurrentTime(NOW).andGivenCommands(commands)
                .whenTimeAdvancesTo(END_OF_MOVED_DAY)
                .expectEvents(DEADLINES.missed(HEARING_NOTICE, MOVED_TO.toString(), END_OF_MOVED_DAY, OWNER));
    }

    @Test
    void reissuingTheInvitationForTheSameDateKeepsTheDeadline() {
        fixture.givenCurrentTime(NOW).andGivenCommands(commandsToInvitation())
                .when(invite(EARLIEST_HEARING), ACTOR)
                .expectEvents(new InvitedToHearing(ID, EARLIEST_HEARING, true, TODAY));
    }

    @Test
    void closingTheCaseBeforeTheHearingCancelsIt() {
        fixture.givenCurrentTime(NOW).andGivenCommands(commandsToInvitation())
                .when(new CloseDisciplinaryCase(ID, "Allegation withdrawn"), ACTOR)
                .expectEvents(new DisciplinaryCaseClosed(ID, "Allegation withdrawn"),
                        DEADLINES.cancelled(HEARING_NOTICE, HEARING_DAY, "The case was closed before the hearing."));
    }
}
