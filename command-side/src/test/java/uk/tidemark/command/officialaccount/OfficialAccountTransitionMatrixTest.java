package uk.tidemark.command.officialaccount;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.tidemark.kernel.officialaccount.AccountRole;
import uk.tidemark.kernel.officialaccount.OfficialAccountState;
import uk.tidemark.kernel.officialaccount.OfficialAccountTransitionTable;
import uk.tidemark.kernel.officialaccount.command.*;
import uk.tidemark.kernel.officialaccount.event.*;

import java.time.LocalDate;
import java.util.*;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.command.officialaccount.AccountFixtures.*;

/**
 * Every (command, state) pair of the official account's table, run against the aggregate. The verdicts are written
 * out here, apart from the table: changing one without the other fails, and so does an aggregate that ignores it.
 */
class OfficialAccountTransitionMatrixTest {

    private static final String EXPECTED = """
            command                    REQ  ACT  REF  CLO
            ApproveOfficialAccount     yes  no   no   no
            RefuseOfficialAccount      yes  no   no   no
            AddAccountPerson           yes  yes  no   no
            RecordModeratorDbsCheck    yes  yes  no   no
            RemoveAccountPerson        yes  yes  no   no
            RecordAccessLost           yes  yes  no   no
            NameAccountLead            yes  yes  no   no
            RecordCredentialsLocation  yes  yes  no   no
            RecordPasswordChanged      no   yes  no   no
            ReviewOfficialAccount      no   yes  no   no
            RecordIncidentOnAccount    no   yes  no   yes
            CloseOfficialAccount       no   yes  no   no
            """;

    /** A command that passes every rule, what the history needs besides the state, and its first event. */
    private record Scenario(Object command, List<Object> extraHistory, Class<?> firstEvent) {
    }

    private static final LocalDate CHECKED = LocalDate.of(2026, 2, 2);

    private static final Map<String, Scenario> SCENARIOS = Stream.of(
            new Scenario(new ApproveOfficialAccount(ID, "Fine"), List.of(), OfficialAccountApproved.class),
            new Scenario(new RefuseOfficialAccount(ID, "Use the trust's account"), List.of(),
                    OfficialAccountRefused.class),
            new Scenario(new AddAccountPerson(ID, "adm-1", "admin-user", "Ada Admin", AccountRole.ADMINISTRATOR, null),
                    List.of(), AccountPersonAdded.class),
            new Scenario(new RecordModeratorDbsCheck(ID, "mod-1", CHECKED), List.of(), ModeratorDbsChecked.class),
            new Scenario(new RemoveAccountPerson(ID, "mod-1", "Left the school", "head"), List.of(),
                    AccountPersonRemoved.class),
            new Scenario(new RecordAccessLost(ID, "mod", "head"), List.of(), AccountPersonRemoved.class),
            new Scenario(new NameAccountLead(ID, "newlead", "Nia New"),
                    List.of(new AccountPersonRemoved(ID, "lead-comms", "Left", false, null, null, null)),
                    AccountLeadNamed.class),
            new Scenario(new RecordCredentialsLocation(ID, "The safe in the office"), List.of(),
                    CredentialsLocationRecorded.class),
            new Scenario(new RecordPasswordChanged(ID, CHECKED), List.of(), AccountPasswordChanged.class),
            new Scenario(new ReviewOfficialAccount(ID, "Still needed"), List.of(), OfficialAccountReviewed.class),
            new Scenario(new RecordIncidentOnAccount(ID, "incident-1"), List.of(), IncidentOnAccountRecorded.class),
            new Scenario(new CloseOfficialAccount(ID, "Replaced by the trust's account"), List.of(),
                    OfficialAccountClosed.class)
    ).collect(Collectors.toMap(s -> s.command().getClass().getSimpleName(), s -> s));

    static Stream<Arguments> everyCommandInEveryState() {
        return expectedMatrix().entrySet().stream().flatMap(row -> Arrays.stream(OfficialAccountState.values())
                .map(state -> Arguments.of(row.getKey(), state, row.getValue().get(state))));
    }

    @ParameterizedTest(name = "{0} on a {1} account: {2}")
    @MethodSource("everyCommandInEveryState")
    void aggregateFollowsTheTransitionTable(String command, OfficialAccountState state, String verdict) {
        Scenario scenario = SCENARIOS.get(command);
        assertThat(scenario).as("no scenario for " + command).isNotNull();
        List<Object> given = new ArrayList<>(history(state));
        given.addAll(scenario.extraHistory());
        AggregateTestFixture<OfficialAccountAggregate> fixture = fixture();
        var result = fixture.givenCurrentTime(MONDAY).andGiven(given).when(scenario.command(), HEAD);
        if (verdict.equals("yes")) {
            result.expectSuccessfulHandlerExecution().expectEventsMatching(
                    org.axonframework.test.matchers.Matchers.payloadsMatching(
                            org.axonframework.test.matchers.Matchers.listWithAnyOf(
                                    org.hamcrest.Matchers.instanceOf(scenario.firstEvent()))));
        } else {
            String sentence = OfficialAccountTransitionTable.refusal(scenario.command().getClass(), state).orElseThrow();
            result.expectException(OfficialAccountRuleViolation.class).expectExceptionMessage(sentence)
                    .expectNoEvents();
        }
    }

    @Test
    void tableGivesTheExpectedVerdictForEveryPair() {
        Map<String, Map<OfficialAccountState, String>> actual = new TreeMap<>();
        for (OfficialAccountTransitionTable.Row row : OfficialAccountTransitionTable.rows()) {
            Map<OfficialAccountState, String> verdicts = new EnumMap<>(OfficialAccountState.class);
            for (OfficialAccountState state : OfficialAccountState.values()) {
                verdicts.put(state, row.allows(state) ? "yes" : "no");
            }
            actual.put(row.command().getSimpleName(), verdicts);
        }
        assertThat(actual).isEqualTo(new TreeMap<>(expectedMatrix()));
    }

    @Test
    void tableHasARowForEveryCommandTheAggregateHandlesOnAnExistingAccount() {
        Set<String> handled = Arrays.stream(OfficialAccountAggregate.class.getDeclaredMethods())
                .filter(method -> method.isAnnotationPresent(CommandHandler.class))
                .map(method -> method.getParameterTypes()[0].getSimpleName())
                .collect(Collectors.toSet());
        Set<String> inTable = OfficialAccountTransitionTable.rows().stream()
                .map(row -> row.command().getSimpleName()).collect(Collectors.toSet());
        assertThat(inTable).isEqualTo(handled).isEqualTo(SCENARIOS.keySet()).hasSize(12);
    }

    @Test
    void refusalsReadAsSentencesWithoutJargon() {
        Stream.concat(OfficialAccountTransitionTable.rows().stream().flatMap(row -> row.refusals().values().stream()),
                        Arrays.stream(OfficialAccountRule.values()).filter(r -> r != OfficialAccountRule.DATES_NOT_IN_THE_FUTURE)
                                .map(OfficialAccountRule::sentence))
                .forEach(sentence -> assertThat(sentence).matches("[A-Z].*\\.")
                        .doesNotContain("null", "Exception", "Id", "command", "state", "_"));
    }

    private static Map<String, Map<OfficialAccountState, String>> expectedMatrix() {
        Map<String, Map<OfficialAccountState, String>> matrix = new LinkedHashMap<>();
        EXPECTED.lines().skip(1).map(line -> line.trim().split("\\s+")).forEach(cells -> {
            assertThat(cells).as(cells[0]).hasSize(OfficialAccountState.values().length + 1);
            Map<OfficialAccountState, String> verdicts = new EnumMap<>(OfficialAccountState.class);
            for (OfficialAccountState state : OfficialAccountState.values()) {
                verdicts.put(state, cells[state.ordinal() + 1]);
            }
            matrix.put(cells[0], verdicts);
        });
        return matrix;
    }
}
