package uk.tidemark.command.declaration;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.tidemark.command.DeadlineEvents;
import uk.tidemark.command.deadline.WorkingCalendar;
import uk.tidemark.command.deadline.WorkingCalendars;
import uk.tidemark.kernel.CaseType;
import uk.tidemark.kernel.declaration.*;
import uk.tidemark.kernel.declaration.command.*;
import uk.tidemark.kernel.declaration.event.*;
import uk.tidemark.kernel.incident.IncidentId;
import uk.tidemark.kernel.incident.Platform;

import java.time.Instant;
import java.time.LocalDate;
import java.util.*;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.kernel.deadline.DeadlineKind.DECLARATION_DECISION;

/**
 * Every (command, state) pair of the declaration's transition table, run against the aggregate, with the verdicts
 * written out here independently of the table; and the declaration's own rules, each allowed and refused.
 */
class DeclarationTransitionMatrixTest {

    // columns: DECLARED NOTED INCIDENT_LOGGED AWAITING_DECISION APPROVED REFUSED
    private static final String EXPECTED = """
            command                    DEC  NOT  INC  AWA  APP  REF
            NoteDeclaration            yes  no   no   no   no   no
            RecordDeclarationIncident  yes  yes  no   no   no   no
            DecideDeclaration          no   no   no   yes  no   no
            """;

    static final DeclarationId ID = DeclarationId.of("declaration-1");
    static final IncidentId INCIDENT = IncidentId.of("incident-9");
    static final Map<String, Object> DSL = Map.of("actor", "dsl");
    static final Map<String, Object> HEAD = Map.of("actor", "head");
    static final Map<String, Object> DECLARER = Map.of("actor", "teacher");
    /** Monday 2 March 2026: five working days on is Monday 9 March. */
    static final Instant MONDAY_2_MARCH = Instant.parse("2026-03-02T09:00:00Z");
    static final LocalDate DECIDE_BY = LocalDate.of(2026, 3, 9);
    static final DeadlineEvents DEADLINES = new DeadlineEvents(CaseType.DECLARATION, "declaration-1", "setting-1");
    static final Contact CONTACT = new Contact(ContactFrom.EX_PUPIL, "Former pupil J", ContactKind.FRIEND_REQUEST,
            Platform.INSTAGRAM, LocalDate.of(2026, 2, 28), "Declined the request and blocked the account.");
    static final ApprovalRequest APPROVAL = new ApprovalRequest(ApprovalKind.WORK_ACCOUNT,
            "A class blog for year 5's science projects.");

    private static final Map<String, Object[]> SCENARIOS = Map.of(
            "NoteDeclaration", new Object[]{new NoteDeclaration(ID, "Talked it through; nothing more needed."),
                    DSL, List.of(new DeclarationNoted(ID, "Talked it through; nothing more needed."))},
            "RecordDeclarationIncident", new Object[]{new RecordDeclarationIncident(ID, INCIDENT), DSL,
                    List.of(new DeclarationIncidentLogged(ID, INCIDENT))},
            "DecideDeclaration", new Object[]{new DecideDeclaration(ID, true, "Set up through the school's account."),
                    HEAD, List.of(new DeclarationDecided(ID, true, "Set up through the school's account."),
                    DEADLINES.met(DECLARATION_DECISION, "1"))});

    private AggregateTestFixture<DeclarationAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(DeclarationAggregate.class);
        fixture.registerInjectableResource(DeclarationTimescales.defaults());
        fixture.registerInjectableResource(WorkingCalendars.shipped());
    }

    static DeclarationMade contactMade() {
        return new DeclarationMade(ID, "setting-1", "teacher", "Tess Teacher", DeclarationKind.CONTACT, CONTACT, null,
                null, null);
    }

    static DeclarationMade approvalMade() {
        return new DeclarationMade(ID, "setting-1", "teacher", "Tess Teacher", DeclarationKind.APPROVAL, null,
                APPROVAL, "head", DECIDE_BY);
    }

    static List<Object> history(DeclarationState state) {
        return switch (state) {
            case DECLARED -> List.of(contactMade());
            case NOTED -> List.of(contactMade(), new DeclarationNoted(ID, "Noted."));
            case INCIDENT_LOGGED -> List.of(contactMade(), new DeclarationIncidentLogged(ID, INCIDENT));
            case AWAITING_DECISION -> List.of(approvalMade(), pending());
            case APPROVED -> List.of(approvalMade(), pending(), new DeclarationDecided(ID, true, "Fine."),
                    DEADLINES.met(DECLARATION_DECISION, "1"));
            case REFUSED -> List.of(approvalMade(), pending(), new DeclarationDecided(ID, false, "Not now."),
                    DEADLINES.met(DECLARATION_DECISION, "1"));
        };
    }

    static Object pending() {
        return DEADLINES.set(DECLARATION_DECISION, "1", WorkingCalendar.endOf(DECIDE_BY), "head");
    }

    static Stream<Arguments> everyCommandInEveryState() {
        return expectedMatrix().entrySet().stream().flatMap(row -> Arrays.stream(DeclarationState.values())
                .map(state -> Arguments.of(row.getKey(), state, row.getValue().get(state))));
    }

    @ParameterizedTest(name = "{0} on a {1} declaration: {2}")
    @MethodSource("everyCommandInEveryState")
    @SuppressWarnings("unchecked")
    void aggregateFollowsTheTransitionTable(String command, DeclarationState state, String verdict) {
        Object[] scenario = SCENARIOS.get(command);
        var result = fixture.givenCurrentTime(MONDAY_2_MARCH).andGiven(history(state))
                .when(scenario[0], (Map<String, Object>) scenario[1]);
        if (verdict.equals("yes")) {
            result.expectSuccessfulHandlerExecution().expectEvents(((List<Object>) scenario[2]).toArray());
        } else {
            String sentence = DeclarationTransitions.refusal(scenario[0].getClass(), state).orElseThrow();
            result.expectException(DeclarationRuleViolation.class).expectExceptionMessage(sentence).expectNoEvents();
        }
    }

    @Test
    void tableGivesTheExpectedVerdictForEveryPairAndHasARowForEveryHandler() {
        Map<String, Map<DeclarationState, String>> actual = new TreeMap<>();
        for (DeclarationTransitionTable.Row row : DeclarationTransitions.rows()) {
            Map<DeclarationState, String> verdicts = new EnumMap<>(DeclarationState.class);
            for (DeclarationState state : DeclarationState.values()) {
                verdicts.put(state, row.allows(state) ? "yes" : "no");
            }
            actual.put(row.command().getSimpleName(), verdicts);
        }
        assertThat(actual).isEqualTo(new TreeMap<>(expectedMatrix()));
        Set<String> handled = Arrays.stream(DeclarationAggregate.class.getDeclaredMethods())
                .filter(method -> method.isAnnotationPresent(CommandHandler.class))
                .map(method -> method.getParameterTypes()[0].getSimpleName()).collect(Collectors.toSet());
        assertThat(handled).isEqualTo(SCENARIOS.keySet());
    }

    @Test
    void aContactIsDeclaredWithNoDeadline() {
        fixture.givenNoPriorActivity().when(new MakeDeclaration(ID, "setting-1", "Tess Teacher",
                        DeclarationKind.CONTACT, CONTACT, null, "head"), DECLARER)
                .expectSuccessfulHandlerExecution().expectEvents(contactMade());
    }

    @Test
    void anApprovalSetsTheHeadteachersDecisionDeadlineInFiveWorkingDays() {
        fixture.givenCurrentTime(MONDAY_2_MARCH).when(new MakeDeclaration(ID, "setting-1", "Tess Teacher",
                        DeclarationKind.APPROVAL, null, APPROVAL, "head"), DECLARER)
                .expectSuccessfulHandlerExecution().expectEvents(approvalMade(), pending());
    }

    @Test
    void aConfiguredTimescaleMovesTheDeadline() {
        fixture = new AggregateTestFixture<>(DeclarationAggregate.class);
        fixture.registerInjectableResource(new DeclarationTimescales(2));
        fixture.registerInjectableResource(WorkingCalendars.shipped());
        LocalDate wednesday = LocalDate.of(2026, 3, 4);
        fixture.givenCurrentTime(MONDAY_2_MARCH).when(new MakeDeclaration(ID, "setting-1", "Tess Teacher",
                        DeclarationKind.APPROVAL, null, APPROVAL, "head"), DECLARER)
                .expectEvents(new DeclarationMade(ID, "setting-1", "teacher", "Tess Teacher", DeclarationKind.APPROVAL,
                                null, APPROVAL, "head", wednesday),
                        DEADLINES.set(DECLARATION_DECISION, "1", WorkingCalendar.endOf(wednesday), "head"));
    }

    @Test
    void detailsThatDoNotMatchTheKindAreRefused() {
        fixture.givenNoPriorActivity().when(new MakeDeclaration(ID, "setting-1", "Tess Teacher",
                        DeclarationKind.CONTACT, null, APPROVAL, null), DECLARER)
                .expectException(DeclarationRuleViolation.class)
                .expectExceptionMessage(DeclarationRule.DETAILS_MATCH_THE_KIND.sentence()).expectNoEvents();
    }

    @Test
    void aDeclarationWithoutAnActorIsRefused() {
        fixture.givenNoPriorActivity().when(new MakeDeclaration(ID, "setting-1", "Tess Teacher",
                        DeclarationKind.CONTACT, CONTACT, null, null))
                .expectException(DeclarationRuleViolation.class)
                .expectExceptionMessage(DeclarationRule.ACTOR_REQUIRED.sentence());
    }

    @Test
    void theDeclarerNeverDecidesNotesOrEscalatesTheirOwn() {
        fixture.givenCurrentTime(MONDAY_2_MARCH).andGiven(history(DeclarationState.AWAITING_DECISION))
                .when(new DecideDeclaration(ID, true, "Approving my own."), DECLARER)
                .expectException(DeclarationRuleViolation.class)
                .expectExceptionMessage(DeclarationRule.NOT_BY_THE_DECLARER.sentence()).expectNoEvents();
        fixture.givenCurrentTime(MONDAY_2_MARCH).andGiven(history(DeclarationState.DECLARED))
                .when(new NoteDeclaration(ID, "Mine."), DECLARER)
                .expectException(DeclarationRuleViolation.class).expectNoEvents();
        fixture.givenCurrentTime(MONDAY_2_MARCH).andGiven(history(DeclarationState.DECLARED))
                .when(new RecordDeclarationIncident(ID, INCIDENT), DECLARER)
                .expectException(DeclarationRuleViolation.class).expectNoEvents();
    }

    @Test
    void aDecisionWithoutReasonsIsRefused() {
        fixture.givenCurrentTime(MONDAY_2_MARCH).andGiven(history(DeclarationState.AWAITING_DECISION))
                .when(new DecideDeclaration(ID, false, " "), HEAD)
                .expectException(DeclarationRuleViolation.class)
                .expectExceptionMessage(DeclarationRule.REASONS_FOR_A_REFUSAL.sentence()).expectNoEvents();
    }

    @Test
    void theDecisionDeadlineIsScheduledForTheEndOfItsLastDay() {
        fixture.givenCurrentTime(MONDAY_2_MARCH).when(new MakeDeclaration(ID, "setting-1", "Tess Teacher",
                        DeclarationKind.APPROVAL, null, APPROVAL, "head"), DECLARER)
                .expectScheduledDeadlineWithName(WorkingCalendar.endOf(DECIDE_BY),
                        uk.tidemark.command.deadline.CaseDeadlines.DEADLINE_NAME);
    }

    private static Map<String, Map<DeclarationState, String>> expectedMatrix() {
        Map<String, Map<DeclarationState, String>> matrix = new LinkedHashMap<>();
        EXPECTED.lines().skip(1).map(line -> line.trim().split("\\s+")).forEach(cells -> {
            Map<DeclarationState, String> verdicts = new EnumMap<>(DeclarationState.class);
            for (DeclarationState state : DeclarationState.values()) {
                verdicts.put(state, cells[state.ordinal() + 1]);
            }
            matrix.put(cells[0], verdicts);
        });
        return matrix;
    }
}
