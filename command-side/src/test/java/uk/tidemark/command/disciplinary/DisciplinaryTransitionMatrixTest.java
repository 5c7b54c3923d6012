package uk.tidemark.command.disciplinary;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.tidemark.kernel.disciplinary.DisciplinaryTransitionTable;
import uk.tidemark.kernel.deadline.DeadlineKind;
import uk.tidemark.kernel.disciplinary.*;
import uk.tidemark.kernel.disciplinary.command.*;
import uk.tidemark.kernel.letter.LetterKind;
import uk.tidemark.kernel.disciplinary.event.*;

import java.time.LocalDate;
import java.util.*;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.command.disciplinary.DisciplinaryFixtures.*;
import static uk.tidemark.kernel.disciplinary.DisciplinaryStage.*;

/**
 * Every (command, stage) pair of the transition table, run against the aggregate. The expected verdicts are
 * written out below, independently of {@link DisciplinaryTransitions}: changing the table without changing this
 * matrix fails, and so does an aggregate that ignores the table.
 */
class DisciplinaryTransitionMatrixTest {

    private static final String EXPECTED = """
            command                        OPENED   INVESTIGATION  HEARING_ARRANGED  HEARING_HELD  OUTCOME  APPEAL   CLOSED
            AppointInvestigator            allowed  allowed        refused           refused       refused  refused  refused
            RecordInvestigationFindings    refused  allowed        refused           refused       refused  refused  refused
            InviteToHearing                refused  allowed        allowed           refused       refused  refused  refused
            RecordHearingHeld              refused  refused        allowed           refused       refused  refused  refused
            DecideOutcome                  refused  refused        refused           allowed       refused  refused  refused
            LodgeAppeal                    refused  refused        refused           refused       allowed  refused  refused
            DecideAppeal                   refused  refused        refused           refused       refused  allowed  refused
            RecordResignation              allowed  allowed        allowed           allowed       allowed  allowed  refused
            RecordBarringReferralDecision  allowed  allowed        allowed           allowed       allowed  allowed  refused
            CloseDisciplinaryCase          allowed  allowed        allowed           refused       allowed  allowed  refused
            RecordDisciplinaryLetterSent   allowed  allowed        allowed           allowed       allowed  allowed  allowed
            AssignDisciplinaryCaseReference allowed allowed        allowed           allowed       allowed  allowed  allowed
            """;

    /** A command that passes every command-specific rule, and the events it should cause. */
    private record Scenario(Object command, List<Object> events) {
        Scenario(Object command, Object... events) {
            this(command, List.of(events));
        }
    }

    private static final LocalDate LEAVING = LocalDate.of(2026, 3, 31);

    private static final Map<Class<?>, Scenario> SCENARIOS = Stream.of(
            new Scenario(new AppointInvestigator(ID, "Ivy Investigator"), new InvestigatorAppointed(ID, "Ivy Investigator")),
            new Scenario(new RecordInvestigationFindings(ID, "Messages confirmed"),
                    new InvestigationFindingsRecorded(ID, "Messages confirmed")),
            new Scenario(invite(EARLIEST_HEARING), new InvitedToHearing(ID, EARLIEST_HEARING, true, TODAY),
                    DEADLINES.set(DeadlineKind.HEARING_NOTICE, EARLIEST_HEARING.toString(), WINDOW_END, OWNER)),
            new Scenario(new RecordHearingHeld(ID, "Union representative"), new HearingHeld(ID, "Union representative", TODAY)),
            new Scenario(decide(DisciplinaryOutcome.INFORMAL_ADVICE), decided(DisciplinaryOutcome.INFORMAL_ADVICE),
                    DEADLINES.set(DeadlineKind.APPEAL_WINDOW, "1", WINDOW_END, OWNER)),
            new Scenario(new LodgeAppeal(ID, "Too harsh"), new AppealLodged(ID, "Too harsh")),
            new Scenario(new DecideAppeal(ID, AppealDecision.NOT_UPHELD, null, "Fair"),
                    new AppealDecided(ID, AppealDecision.NOT_UPHELD, null, "Fair", SIX_MONTHS_ON)),
            new Scenario(new RecordResignation(ID, LEAVING), new ResignationRecorded(ID, LEAVING)),
            new Scenario(new RecordBarringReferralDecision(ID, ReferralDecision.NOT_REFERRED, null, "Threshold not met"),
                    new BarringReferralDecisionRecorded(ID, ReferralDecision.NOT_REFERRED, null, "Threshold not met")),
            new Scenario(new CloseDisciplinaryCase(ID, "Concluded"), new DisciplinaryCaseClosed(ID, "Concluded")),
            new Scenario(new RecordDisciplinaryLetterSent(ID, LetterKind.INVESTIGATION_MEETING_INVITATION, "abc"),
                    new DisciplinaryLetterSent(ID, LetterKind.INVESTIGATION_MEETING_INVITATION, "abc")),
            // the history's case has its reference from the start, so it keeps it: allowed, and nothing happens
            new Scenario(new AssignDisciplinaryCaseReference(ID))
    ).collect(Collectors.toMap(s -> s.command().getClass(), s -> s));

    private AggregateTestFixture<DisciplinaryCaseAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    static Stream<Arguments> everyCommandInEveryStage() {
        return expectedMatrix().entrySet().stream().flatMap(row -> Arrays.stream(DisciplinaryStage.values())
                .map(stage -> Arguments.of(row.getKey(), stage, row.getValue().get(stage))));
    }

    @ParameterizedTest(name = "{0} at {1} is {2}")
    @MethodSource("everyCommandInEveryStage")
    void aggregateFollowsTheTransitionTable(String command, DisciplinaryStage stage, String verdict) {
        Scenario scenario = scenarioFor(command);
        var result = fixture.givenCurrentTime(NOW).andGiven(history(scenario.command(), stage))
                .when(scenario.command(), ACTOR);
        if (verdict.equals("allowed")) {
            result.expectSuccessfulHandlerExecution().expectEvents(scenario.events().toArray());
        } else {
            String sentence = DisciplinaryTransitions.refusal(scenario.command().getClass(), stage).orElseThrow();
            result.expectException(DisciplinaryRuleViolation.class).expectExceptionMessage(sentence).expectNoEvents();
        }
    }

    @Test
    void tableGivesTheExpectedVerdictForEveryPair() {
        Map<String, Map<DisciplinaryStage, String>> actual = new TreeMap<>();
        for (DisciplinaryTransitionTable.Row row : DisciplinaryTransitions.rows()) {
            Map<DisciplinaryStage, String> verdicts = new EnumMap<>(DisciplinaryStage.class);
            for (DisciplinaryStage stage : DisciplinaryStage.values()) {
                verdicts.put(stage, row.allows(stage) ? "allowed" : "refused");
            }
            actual.put(row.command().getSimpleName(), verdicts);
        }
        assertThat(actual).isEqualTo(new TreeMap<>(expectedMatrix()));
    }

    @Test
    void tableHasARowForEveryCommandTheAggregateHandlesOnAnExistingCase() {
        // the case's own handlers and those of its parts (aggregate members)
        Set<String> handled = Stream.of(DisciplinaryCaseAggregate.class, DisciplinaryHearing.class,
                        DisciplinaryOutcomeAndAppeal.class, DisciplinaryResignationAndBarring.class)
                .flatMap(part -> Arrays.stream(part.getDeclaredMethods()))
                .filter(method -> method.isAnnotationPresent(CommandHandler.class))
                .map(method -> method.getParameterTypes()[0].getSimpleName())
                .collect(Collectors.toSet());
        Set<String> inTable = DisciplinaryTransitions.rows().stream()
                .map(row -> row.command().getSimpleName()).collect(Collectors.toSet());
        assertThat(inTable).isEqualTo(handled).hasSize(12);
    }

    /**
     * Everything but its reference (decision 0038), which changes how it is named, not what happened, and a letter
     * sent (decision 0049): an outcome letter often goes after the case is closed.
     */
    @Test
    void aClosedCaseRefusesEverythingButItsReferenceAndSaysSo() {
        for (DisciplinaryTransitionTable.Row row : DisciplinaryTransitions.rows()) {
            String refusal = row.refusals().get(CLOSED);
            if (row.command() == AssignDisciplinaryCaseReference.class
                    || row.command() == RecordDisciplinaryLetterSent.class) {
                assertThat(refusal).isNull();
            } else if (row.command() == CloseDisciplinaryCase.class) {
                assertThat(refusal).isEqualTo("This case is already closed.");
            } else {
                assertThat(refusal).as(row.command().getSimpleName())
                        .matches("This case is closed; nothing more can be done on it, including .+\\.");
            }
        }
    }

    @Test
    void refusalsReadAsSentencesWithoutJargon() {
        Stream.concat(DisciplinaryTransitions.rows().stream().flatMap(row -> row.refusals().values().stream()),
                        Arrays.stream(DisciplinaryRule.values()).map(DisciplinaryRule::template))
                .forEach(sentence -> assertThat(sentence)
                        .matches("[A-Z{].*[.}]")
                        .doesNotContain("null", "Exception", "Disciplinary", "Id", "command", "_"));
    }

    private static Map<String, Map<DisciplinaryStage, String>> expectedMatrix() {
        Map<String, Map<DisciplinaryStage, String>> matrix = new LinkedHashMap<>();
        EXPECTED.lines().skip(1).map(line -> line.trim().split("\\s+")).forEach(cells -> {
            Map<DisciplinaryStage, String> verdicts = new EnumMap<>(DisciplinaryStage.class);
            for (DisciplinaryStage stage : DisciplinaryStage.values()) {
                verdicts.put(stage, cells[stage.ordinal() + 1]);
            }
            matrix.put(cells[0], verdicts);
        });
        return matrix;
    }

    private static Scenario scenarioFor(String command) {
        return SCENARIOS.entrySet().stream().filter(e -> e.getKey().getSimpleName().equals(command))
                .map(Map.Entry::getValue).findFirst().orElseThrow(() -> new AssertionError("no scenario for " + command));
    }

    /**
     * A realistic history at {@code stage}. Closing after an outcome needs the appeal window to have passed, and
     * closing during an appeal needs its decision: those prerequisites are added so that only the table decides.
     */
    private static List<Object> history(Object command, DisciplinaryStage stage) {
        List<Object> events = new ArrayList<>(historyTo(stage));
        if (command instanceof CloseDisciplinaryCase && stage == OUTCOME) {
            events.add(new AppealWindowClosed(ID));
        }
        if (command instanceof CloseDisciplinaryCase && stage == APPEAL) {
            events.add(new AppealDecided(ID, AppealDecision.NOT_UPHELD, null, "Fair", SIX_MONTHS_ON));
        }
        return events;
    }
}
