package uk.tidemark.command.disciplinary;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import uk.tidemark.command.DeadlineEvents;
import uk.tidemark.command.References;
import uk.tidemark.command.deadline.WorkingCalendars;
import uk.tidemark.kernel.CaseType;
import uk.tidemark.kernel.disciplinary.*;
import uk.tidemark.kernel.disciplinary.command.*;
import uk.tidemark.kernel.disciplinary.event.*;
import uk.tidemark.kernel.incident.IncidentId;
import uk.tidemark.kernel.incident.PersonId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static uk.tidemark.kernel.disciplinary.DisciplinaryStage.*;

/** Ids, times and histories the disciplinary tests share; every value is fixed so expected events are exact. */
final class DisciplinaryFixtures {

    static final Map<String, Object> ACTOR = Map.of("actor", "hr");
    static final DisciplinaryCaseId ID = DisciplinaryCaseId.of("disciplinary-1");
    static final IncidentId INCIDENT = IncidentId.of("incident-1");
    static final PersonId EMPLOYEE = PersonId.of("person-staff");
    /** The shipped calendars, with setting-1 on England and Wales. */
    static final WorkingCalendars CALENDARS = WorkingCalendars.shipped();
    /** The deadline events of the case; the HR user who opened it ({@link #opened}) answers for them. */
    static final DeadlineEvents DEADLINES = new DeadlineEvents(CaseType.DISCIPLINARY, "disciplinary-1", "setting-1");
    static final String OWNER = "hr";

    /** Monday 2 March 2026, 10:00 in London (GMT): the day every decision in the tests is taken. */
    static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    /**
     * Monday 23 February 2026: the day the employee was invited to the hearing held on {@link #TODAY} (five working
     * days' notice), in the histories. A hearing is recorded as held on its date.
     */
    static final LocalDate INVITED_ON = LocalDate.of(2026, 2, 23);
    /** Five working days after Monday 2 March 2026. */
    static final LocalDate EARLIEST_HEARING = LocalDate.of(2026, 3, 9);
    /**
     * The end of Monday 9 March 2026 in London: the last moment of a five-working-day appeal window, and of a
     * hearing held on {@link #EARLIEST_HEARING}.
     */
    static final Instant WINDOW_END = Instant.parse("2026-03-09T23:59:59.999999999Z");
    static final Instant SIX_MONTHS_ON = Instant.parse("2026-09-02T09:00:00Z"); // 10:00 BST
    static final Instant TWELVE_MONTHS_ON = Instant.parse("2027-03-02T10:00:00Z");

    private DisciplinaryFixtures() {
    }

    static AggregateTestFixture<DisciplinaryCaseAggregate> fixture(DisciplinaryPolicy policy) {
        AggregateTestFixture<DisciplinaryCaseAggregate> fixture = new AggregateTestFixture<>(DisciplinaryCaseAggregate.class);
        fixture.registerInjectableResource(policy);
        fixture.registerInjectableResource(CALENDARS);
        fixture.registerInjectableResource(References.FIXED);
        return fixture;
    }

    static AggregateTestFixture<DisciplinaryCaseAggregate> fixture() {
        return fixture(DisciplinaryPolicy.DEFAULTS);
    }

    /** A command as the app sends it, with the actor metadata: given commands must pass the actor check too. */
    static GenericCommandMessage<?> signed(Object command) {
        return new GenericCommandMessage<>(command, ACTOR);
    }

    static OpenDisciplinaryCase open(boolean teacher, boolean harm) {
        return new OpenDisciplinaryCase(ID, "setting-1", "Sam Staff", EMPLOYEE, teacher, harm,
                "Messaged a pupil on a personal account", null);
    }

    static DisciplinaryCaseOpened opened(boolean teacher, boolean harm) {
        return new DisciplinaryCaseOpened(ID, "setting-1", "Sam Staff", EMPLOYEE, teacher, harm,
                "Messaged a pupil on a personal account", null, "hr", null, References.REFERENCE);
    }

    static OutcomeDecided decided(DisciplinaryOutcome outcome) {
        Instant expiry = DisciplinaryPolicy.DEFAULTS.warningExpiry(outcome, NOW);
        return new OutcomeDecided(ID, outcome, "Breach of the code of conduct", NOW,
                outcome == DisciplinaryOutcome.NO_ACTION ? null : WINDOW_END, expiry);
    }

    static DecideOutcome decide(DisciplinaryOutcome outcome) {
        return new DecideOutcome(ID, outcome, "Breach of the code of conduct");
    }

    static InviteToHearing invite(LocalDate on) {
        return new InviteToHearing(ID, on, true);
    }

    /** The events that bring a case (of the given kind) to {@code stage}, deciding {@code outcome} on the way. */
    static List<Object> historyTo(DisciplinaryStage stage, boolean teacher, boolean harm, DisciplinaryOutcome outcome) {
        List<Object> events = new ArrayList<>(List.of(opened(teacher, harm)));
        if (stage == CLOSED) {
            events.add(new DisciplinaryCaseClosed(ID, "Allegation withdrawn"));
            return events;
        }
        if (stage.compareTo(INVESTIGATION) >= 0) {
            events.add(new InvestigatorAppointed(ID, "Ivy Investigator"));
            events.add(new InvestigationFindingsRecorded(ID, "Messages confirmed"));
        }
        if (stage.compareTo(HEARING_ARRANGED) >= 0) {
            events.add(new InvitedToHearing(ID, TODAY, true, INVITED_ON));
        }
        if (stage.compareTo(HEARING_HELD) >= 0) {
            events.add(new HearingHeld(ID, "Union representative"));
        }
        if (stage.compareTo(OUTCOME) >= 0) {
            events.add(decided(outcome));
        }
        if (stage.compareTo(APPEAL) >= 0) {
            events.add(new AppealLodged(ID, "Too harsh"));
        }
        return events;
    }

    /** A case that is not about harm to children, about someone who is not a teacher. */
    static List<Object> historyTo(DisciplinaryStage stage) {
        return historyTo(stage, false, false, DisciplinaryOutcome.FIRST_WRITTEN_WARNING);
    }

    /**
     * A case whose hearing is held on {@link #TODAY} (the day it was set for) and whose outcome is decided at
     * {@link #NOW}, by commands, so that the fixture schedules the outcome's deadlines; then {@code after}, at
     * {@link #NOW} too. The invitation is history: a hearing is recorded as held on its date, and the fixture's clock
     * cannot move between given commands once a deadline is scheduled.
     */
    static TestExecutor<DisciplinaryCaseAggregate> givenCommandsToOutcome(
            AggregateTestFixture<DisciplinaryCaseAggregate> fixture, DisciplinaryOutcome outcome, Object... after) {
        List<Object> onTheDay = new ArrayList<>(List.of(signed(new RecordHearingHeld(ID, null)),
                signed(decide(outcome))));
        for (Object command : after) {
            onTheDay.add(signed(command));
        }
        return fixture.givenCurrentTime(NOW).andGiven(historyTo(HEARING_ARRANGED)).andGivenCommands(onTheDay);
    }
}
