package uk.tidemark.command.complaint;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import uk.tidemark.kernel.complaint.ComplaintTransitionTable;
import uk.tidemark.kernel.complaint.command.AcknowledgeComplaint;
import uk.tidemark.kernel.complaint.command.AssignComplaintReference;
import uk.tidemark.kernel.complaint.command.SchedulePanelHearing;
import uk.tidemark.kernel.complaint.command.RecordComplaintLetterSent;
import uk.tidemark.kernel.complaint.event.ComplaintLetterSent;
import uk.tidemark.kernel.letter.LetterKind;
import uk.tidemark.kernel.complaint.event.PanelHearingScheduled;
import uk.tidemark.kernel.deadline.DeadlineKind;
import uk.tidemark.kernel.complaint.ComplaintState;

import java.util.*;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.command.complaint.ComplaintFixtures.*;

/**
 * Every (command, state) pair of the transition table, run against the aggregate. The expected verdicts are
 * written out below, independently of {@link ComplaintTransitions}: changing the table without changing this
 * matrix fails, and so does an aggregate that ignores the table.
 */
class ComplaintTransitionMatrixTest {

    // columns: RECEIVED ACKNOWLEDGED INFORMAL FORMAL RESPONDED PANEL_REQUESTED HEARD DECIDED CLOSED WITHDRAWN
    private static final String EXPECTED = """
            command                RCV  ACK  INF  FOR  RSP  PRQ  HRD  DEC  CLS  WDN
            AcknowledgeComplaint   yes  no   no   no   no   no   no   no   no   no
            ResolveInformally      no   yes  yes  no   no   no   no   no   no   no
            EscalateToFormalStage  no   yes  yes  no   no   no   no   no   no   no
            RecordFormalResponse   no   no   no   yes  no   no   no   no   no   no
            RequestPanel           no   no   no   no   yes  no   no   no   no   no
            SchedulePanelHearing   no   no   no   no   no   yes  no   no   no   no
            RecordPanelHearing     no   no   no   no   no   yes  no   no   no   no
            RecordPanelDecision    no   no   no   no   no   no   yes  no   no   no
            CloseComplaint         no   no   yes  no   yes  no   no   yes  no   no
            WithdrawComplaint      yes  yes  yes  yes  yes  yes  yes  yes  no   no
            RecordComplaintLetterSent yes yes yes yes  yes  yes  yes  yes  yes  yes
            AssignComplaintReference yes yes yes  yes  yes  yes  yes  yes  yes  yes
            """;

    /** A command that passes every command-specific rule and the event it should cause when allowed. */
    private record Scenario(Object command, List<Object> events) {
        Scenario(Object command, Object... events) {
            this(command, List.of(events));
        }

    }

    private static final Map<String, Scenario> SCENARIOS = Stream.of(
            new Scenario(new AcknowledgeComplaint(ID), acknowledged()),
            new Scenario(resolve(), resolvedInformally()),
            new Scenario(escalate(), escalated(RESPONSE_DUE_BY), due(DeadlineKind.COMPLAINT_RESPONSE, RESPONSE_DUE_BY)),
            new Scenario(respond(), responded()),
            new Scenario(requestPanel(), panelRequested(PANEL_DUE_BY), due(DeadlineKind.COMPLAINT_PANEL, PANEL_DUE_BY)),
            new Scenario(new SchedulePanelHearing(ID, PANEL_DUE_BY), new PanelHearingScheduled(ID, PANEL_DUE_BY, true)),
            new Scenario(hearing(HEARD_ON), heard()),
            new Scenario(decide(), decided()),
            new Scenario(close(), closed()),
            new Scenario(withdraw(), withdrawn()),
            new Scenario(new RecordComplaintLetterSent(ID, LetterKind.COMPLAINT_ACKNOWLEDGEMENT, "abc"),
                    new ComplaintLetterSent(ID, LetterKind.COMPLAINT_ACKNOWLEDGEMENT, "abc")),
            // the history's complaint has its reference from the start, so it keeps it: allowed, and nothing happens
            new Scenario(new AssignComplaintReference(ID), List.of())
    ).collect(Collectors.toMap(s -> s.command().getClass().getSimpleName(), s -> s));

    private AggregateTestFixture<ComplaintAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    static Stream<Arguments> everyCommandInEveryState() {
        return expectedMatrix().entrySet().stream().flatMap(row -> Arrays.stream(ComplaintState.values())
                .map(state -> Arguments.of(row.getKey(), state, row.getValue().get(state))));
    }

    @ParameterizedTest(name = "{0} on a {1} complaint: {2}")
    @MethodSource("everyCommandInEveryState")
    void aggregateFollowsTheTransitionTable(String command, ComplaintState state, String verdict) {
        Scenario scenario = SCENARIOS.get(command);
        assertThat(scenario).as("no scenario for " + command).isNotNull();
        var result = fixture.givenCurrentTime(MONDAY_2_MARCH).andGiven(history(state))
                .when(scenario.command(), ACTOR);
        if (verdict.equals("yes")) {
            result.expectSuccessfulHandlerExecution().expectEvents(scenario.events().toArray());
        } else {
            String sentence = ComplaintTransitions.refusal(scenario.command().getClass(), state).orElseThrow();
            result.expectException(ComplaintRuleViolation.class).expectExceptionMessage(sentence).expectNoEvents();
        }
    }

    @Test
    void tableGivesTheExpectedVerdictForEveryPair() {
        Map<String, Map<ComplaintState, String>> actual = new TreeMap<>();
        for (ComplaintTransitionTable.Row row : ComplaintTransitions.rows()) {
            Map<ComplaintState, String> verdicts = new EnumMap<>(ComplaintState.class);
            for (ComplaintState state : ComplaintState.values()) {
                verdicts.put(state, row.allows(state) ? "yes" : "no");
            }
            actual.put(row.command().getSimpleName(), verdicts);
        }
        assertThat(actual).isEqualTo(new TreeMap<>(expectedMatrix()));
    }

    @Test
    void tableHasARowForEveryCommandTheAggregateHandlesOnAnExistingComplaint() {
        Set<String> handled = Arrays.stream(ComplaintAggregate.class.getDeclaredMethods())
                .filter(method -> method.isAnnotationPresent(CommandHandler.class))
                .map(method -> method.getParameterTypes()[0].getSimpleName())
                .collect(Collectors.toSet());
        Set<String> inTable = ComplaintTransitions.rows().stream()
                .map(row -> row.command().getSimpleName()).collect(Collectors.toSet());
        assertThat(inTable).isEqualTo(handled).isEqualTo(SCENARIOS.keySet()).hasSize(12);
    }

    /** Everything but its reference (decision 0038), which changes how it is named, not what happened. */
    @Test
    void aFinishedComplaintRefusesEverythingButItsReferenceAndSaysWhy() {
        for (ComplaintTransitionTable.Row row : ComplaintTransitions.rows()) {
            if (row.command() == AssignComplaintReference.class || row.command() == RecordComplaintLetterSent.class) {
                assertThat(row.refusals()).isEmpty();
                continue;
            }
            assertThat(row.refusals().get(ComplaintState.CLOSED)).as(row.command().getSimpleName())
                    .isEqualTo("This complaint is closed; nothing more can be recorded on it.");
            assertThat(row.refusals().get(ComplaintState.WITHDRAWN)).as(row.command().getSimpleName())
                    .isEqualTo("This complaint has been withdrawn; nothing more can be recorded on it.");
        }
    }

    @Test
    void refusalsReadAsSentencesWithoutJargon() {
        Stream.concat(ComplaintTransitions.rows().stream().flatMap(row -> row.refusals().values().stream()),
                        Arrays.stream(ComplaintRule.values()).map(ComplaintRule::sentence))
                .forEach(sentence -> assertThat(sentence)
                        .matches("[A-Z].*\\.")
                        .doesNotContain("null", "Exception", "Complaint(", "Id", "command", "state", "_"));
    }

    private static Map<String, Map<ComplaintState, String>> expectedMatrix() {
        Map<String, Map<ComplaintState, String>> matrix = new LinkedHashMap<>();
        EXPECTED.lines().skip(1).map(line -> line.trim().split("\\s+")).forEach(cells -> {
            assertThat(cells).as(cells[0]).hasSize(ComplaintState.values().length + 1);
            Map<ComplaintState, String> verdicts = new EnumMap<>(ComplaintState.class);
            for (ComplaintState state : ComplaintState.values()) {
                verdicts.put(state, cells[state.ordinal() + 1]);
            }
            matrix.put(cells[0], verdicts);
        });
        return matrix;
    }
}
