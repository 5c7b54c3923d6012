package uk.tidemark.command.incident;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.tidemark.kernel.incident.*;
import uk.tidemark.kernel.incident.command.*;
import uk.tidemark.kernel.incident.event.*;

import java.util.*;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.command.incident.IncidentFixtures.*;

/**
 * Every (command, state) pair of the transition table, run against the aggregate. The expected verdicts are
 * written out below, independently of {@link IncidentTransitions}: changing the table without changing this
 * matrix fails, and so does an aggregate that ignores the table.
 */
class IncidentTransitionMatrixTest {

    private static final String EXPECTED = """
            command                 NEW      TRIAGED  CLOSED
            TriageIncident          allowed  allowed  refused
            AssignIncident          allowed  allowed  refused
            RecordContentAction     allowed  allowed  refused
            AddNote                 allowed  allowed  refused
            RecordEvidence          allowed  allowed  refused
            IssueWarning            refused  allowed  refused
            RecordWarningResponse   refused  allowed  refused
            EscalateToPolice        allowed  allowed  refused
            RecordPoliceUpdate      allowed  allowed  refused
            ReferToAgency           allowed  allowed  refused
            CloseIncident           refused  allowed  refused
            ReopenIncident          refused  refused  allowed
            """;

    /** A command that passes every command-specific rule, the event it should cause, and what it needs first. */
    private record Scenario(Object command, Object event, List<Object> prerequisites) {
    }

    private static final Map<Class<?>, Scenario> SCENARIOS = Stream.of(
            new Scenario(new TriageIncident(ID, Severity.HIGH, "Threatening", "deputy", AllegationRoute.NONE),
                    new IncidentTriaged(ID, Severity.HIGH, "Threatening", "deputy", AllegationRoute.NONE), List.of()),
            new Scenario(new AssignIncident(ID, "deputy", "Cover while away"),
                    new IncidentAssigned(ID, "deputy", "Cover while away"), List.of()),
            new Scenario(new RecordContentAction(ID, "action-1", ContentAction.POST_HIDDEN, "IG-77", "Hidden by admin"),
                    new ContentActionRecorded(ID, "action-1", ContentAction.POST_HIDDEN, "IG-77", "Hidden by admin"), List.of()),
            new Scenario(new AddNote(ID, "note-1", "Spoke to the parent"),
                    new NoteAdded(ID, "note-1", "Spoke to the parent"), List.of()),
            new Scenario(evidence(SHA),
                    new EvidenceRecorded(ID, "evidence-1", "Screenshot of the post", SHA, OCCURRED, "https://example.org/post/1"), List.of()),
            new Scenario(warn(OTHER_WARNING, PARENT), warned(OTHER_WARNING, PARENT), List.of()),
            new Scenario(new RecordWarningResponse(ID, WARNING, WarningResponse.COMPLIED, "Post removed"),
                    new WarningResponseRecorded(ID, WARNING, WarningResponse.COMPLIED, "Post removed"),
                    List.of(warned(WARNING, PARENT))),
            new Scenario(escalate(), escalated(), List.of()),
            new Scenario(new RecordPoliceUpdate(ID, "update-1", "Investigating", "Officer visited", "CR-1"),
                    new PoliceUpdateRecorded(ID, "update-1", "Investigating", "Officer visited", "CR-1"), List.of(escalated())),
            new Scenario(refer(Agency.CHILDRENS_SOCIAL_CARE), referred(Agency.CHILDRENS_SOCIAL_CARE), List.of()),
            new Scenario(close(), closed(), List.of()),
            new Scenario(new ReopenIncident(ID, "The post is back"), reopened(), List.of())
    ).collect(Collectors.toMap(s -> s.command().getClass(), s -> s));

    private AggregateTestFixture<IncidentAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(IncidentAggregate.class);
    }

    static Stream<Arguments> everyCommandInEveryState() {
        return expectedMatrix().entrySet().stream().flatMap(row -> Arrays.stream(CaseState.values())
                .map(state -> Arguments.of(row.getKey(), state, row.getValue().get(state))));
    }

    @ParameterizedTest(name = "{0} on a {1} case is {2}")
    @MethodSource("everyCommandInEveryState")
    void aggregateFollowsTheTransitionTable(String command, CaseState state, String verdict) {
        Scenario scenario = scenarioFor(command);
        var result = fixture.given(history(state, scenario.prerequisites())).when(scenario.command(), ACTOR);
        if (verdict.equals("allowed")) {
            result.expectSuccessfulHandlerExecution().expectEvents(scenario.event());
        } else {
            String sentence = IncidentTransitions.refusal(scenario.command().getClass(), state).orElseThrow();
            result.expectException(IncidentRuleViolation.class).expectExceptionMessage(sentence).expectNoEvents();
        }
    }

    @Test
    void tableGivesTheExpectedVerdictForEveryPair() {
        Map<String, Map<CaseState, String>> actual = new TreeMap<>();
        for (IncidentTransitions.Row row : IncidentTransitions.rows()) {
            Map<CaseState, String> verdicts = new EnumMap<>(CaseState.class);
            for (CaseState state : CaseState.values()) {
                verdicts.put(state, row.allows(state) ? "allowed" : "refused");
            }
            actual.put(row.command().getSimpleName(), verdicts);
        }
        assertThat(actual).isEqualTo(new TreeMap<>(expectedMatrix()));
    }

    @Test
    void tableHasARowForEveryCommandTheAggregateHandlesOnAnExistingCase() {
        Set<String> handled = Arrays.stream(IncidentAggregate.class.getDeclaredMethods())
                .filter(method -> method.isAnnotationPresent(CommandHandler.class))
                .map(method -> method.getParameterTypes()[0].getSimpleName())
                .collect(Collectors.toSet());
        Set<String> inTable = IncidentTransitions.rows().stream()
                .map(row -> row.command().getSimpleName()).collect(Collectors.toSet());
        assertThat(inTable).isEqualTo(handled).hasSize(12);
    }

    @Test
    void aClosedCaseRefusesEverythingButReopenAndSaysSo() {
        for (IncidentTransitions.Row row : IncidentTransitions.rows()) {
            String refusal = row.refusals().get(CaseState.CLOSED);
            if (row.command() == ReopenIncident.class) {
                assertThat(refusal).isNull();
            } else if (row.command() == CloseIncident.class) {
                assertThat(refusal).isEqualTo("This case is already closed.");
            } else {
                assertThat(refusal).as(row.command().getSimpleName()).matches("This case is closed; reopen it before .+\\.");
            }
        }
    }

    @Test
    void refusalsReadAsSentencesWithoutJargon() {
        Stream.concat(IncidentTransitions.rows().stream().flatMap(row -> row.refusals().values().stream()),
                        Arrays.stream(IncidentRule.values()).map(IncidentRule::template))
                .forEach(sentence -> assertThat(sentence)
                        .matches("[A-Z].*\\.")
                        .doesNotContain("null", "Exception", "Incident(", "Id", "command"));
    }

    private static Map<String, Map<CaseState, String>> expectedMatrix() {
        Map<String, Map<CaseState, String>> matrix = new LinkedHashMap<>();
        EXPECTED.lines().skip(1).map(line -> line.trim().split("\\s+")).forEach(cells -> {
            Map<CaseState, String> verdicts = new EnumMap<>(CaseState.class);
            for (CaseState state : CaseState.values()) {
                verdicts.put(state, cells[state.ordinal() + 1]);
            }
            matrix.put(cells[0], verdicts);
        });
        return matrix;
    }

    private static Scenario scenarioFor(String command) {
        return SCENARIOS.entrySet().stream().filter(e -> e.getKey().getSimpleName().equals(command))
                .map(Map.Entry::getValue).findFirst().orElseThrow(() -> new AssertionError("no scenario for " + command));
    }

    /** A realistic history that leaves the case in {@code state}, with the prerequisites recorded while open. */
    private static List<Object> history(CaseState state, List<Object> prerequisites) {
        List<Object> events = new ArrayList<>(List.of(logged()));
        if (state != CaseState.NEW) {
            events.add(triaged());
        }
        // warnings only exist on triaged cases; a police escalation can come before triage
        prerequisites.stream().filter(e -> state != CaseState.NEW || !(e instanceof WarningIssued)).forEach(events::add);
        if (state == CaseState.CLOSED) {
            events.add(closed());
        }
        return events;
    }
}
