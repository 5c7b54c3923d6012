package uk.tidemark.command.sar;

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
import uk.tidemark.kernel.incident.PersonId;
import uk.tidemark.kernel.sar.*;
import uk.tidemark.kernel.sar.command.*;
import uk.tidemark.kernel.sar.event.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.*;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.command.sar.SubjectAccessAggregate.EXTENDED;
import static uk.tidemark.command.sar.SubjectAccessAggregate.FIRST;
import static uk.tidemark.kernel.deadline.DeadlineKind.SUBJECT_ACCESS_RESPONSE;

/**
 * Every (command, state) pair of the subject access request's transition table, run against the aggregate, with the
 * verdicts written out here independently of the table; and the request's own rules, each allowed and refused.
 */
class SubjectAccessTransitionMatrixTest {

    // columns: RECEIVED IN_REVIEW RELEASED PARTLY_DISCLOSED REFUSED
    private static final String EXPECTED = """
            command                    REC  REV  REL  PAR  REF
            StartSubjectAccessReview   yes  no   no   no   no
            MarkRedaction              no   yes  no   no   no
            ExtendSubjectAccess        yes  yes  no   no   no
            ReleaseSubjectAccess       no   yes  no   no   no
            RefuseSubjectAccess        yes  yes  no   no   no
            """;

    static final SubjectAccessId ID = SubjectAccessId.of("sar-1");
    static final PersonId PUPIL = PersonId.of("person-1");
    static final Map<String, Object> DSL = Map.of("actor", "dsl");
    /** Monday 2 March 2026: due Thursday 2 April; extended, Tuesday 2 June. */
    static final LocalDate RECEIVED_ON = LocalDate.of(2026, 3, 2);
    static final LocalDate DUE_ON = LocalDate.of(2026, 4, 2);
    static final LocalDate EXTENDED_TO = LocalDate.of(2026, 6, 2);
    static final Instant NOW = Instant.parse("2026-03-03T09:00:00Z");
    static final DeadlineEvents DEADLINES = new DeadlineEvents(CaseType.SUBJECT_ACCESS, "sar-1", "setting-1");
    static final String PDF = "a".repeat(64);
    static final String JSON = "b".repeat(64);
    static final String REASON = "Records in two settings and a police investigation to consult.";

    private static final Map<String, Object[]> SCENARIOS = Map.of(
            "StartSubjectAccessReview", new Object[]{new StartSubjectAccessReview(ID),
                    List.of(new SubjectAccessReviewStarted(ID))},
            "MarkRedaction", new Object[]{new MarkRedaction(ID, "incident-1:4", " Sam Smith ", true),
                    List.of(new RedactionMarked(ID, "incident-1:4", "Sam Smith", true))},
            "ExtendSubjectAccess", new Object[]{new ExtendSubjectAccess(ID, REASON),
                    List.of(new SubjectAccessExtended(ID, REASON, EXTENDED_TO),
                            DEADLINES.cancelled(SUBJECT_ACCESS_RESPONSE, FIRST,
                                    "Extended by two further months for a complex request"),
                            DEADLINES.set(SUBJECT_ACCESS_RESPONSE, EXTENDED, WorkingCalendar.endOf(EXTENDED_TO),
                                    null))},
            "ReleaseSubjectAccess", new Object[]{new ReleaseSubjectAccess(ID, PDF, JSON, 3, null, null),
                    List.of(new SubjectAccessReleased(ID, PDF, JSON, 3, null, null),
                            DEADLINES.met(SUBJECT_ACCESS_RESPONSE, FIRST))},
            "RefuseSubjectAccess", new Object[]{new RefuseSubjectAccess(ID, Exemption.MANIFESTLY_UNFOUNDED,
                    "The same request was answered last week."),
                    List.of(new SubjectAccessRefused(ID, Exemption.MANIFESTLY_UNFOUNDED,
                                    "The same request was answered last week."),
                            DEADLINES.met(SUBJECT_ACCESS_RESPONSE, FIRST))});

    private AggregateTestFixture<SubjectAccessAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(SubjectAccessAggregate.class);
        fixture.registerInjectableResource(WorkingCalendars.shipped());
    }

    static SubjectAccessRequestReceived received() {
        return new SubjectAccessRequestReceived(ID, "setting-1", "dsl", PUPIL, "Alex Pupil", RECEIVED_ON,
                "Jo Parent (mother)", DUE_ON);
    }

    static Object pending() {
        return DEADLINES.set(SUBJECT_ACCESS_RESPONSE, FIRST, WorkingCalendar.endOf(DUE_ON), null);
    }

    static List<Object> history(SubjectAccessState state) {
        List<Object> given = new ArrayList<>(List.of(received(), pending()));
        if (state != SubjectAccessState.RECEIVED) {
            given.add(new SubjectAccessReviewStarted(ID));
        }
        switch (state) {
            case RELEASED -> given.addAll(List.of(new SubjectAccessReleased(ID, PDF, JSON, 2, null, null),
                    DEADLINES.met(SUBJECT_ACCESS_RESPONSE, FIRST)));
            case PARTLY_DISCLOSED -> given.addAll(List.of(new SubjectAccessReleased(ID, PDF, JSON, 2,
                    Exemption.CRIME_PREVENTION, "The police referral"), DEADLINES.met(SUBJECT_ACCESS_RESPONSE, FIRST)));
            case REFUSED -> given.addAll(List.of(new SubjectAccessRefused(ID, Exemption.SERIOUS_HARM, "Harm."),
                    DEADLINES.met(SUBJECT_ACCESS_RESPONSE, FIRST)));
            default -> {
            }
        }
        return given;
    }

    static Map<String, Map<SubjectAccessState, String>> expectedMatrix() {
        Map<String, Map<SubjectAccessState, String>> matrix = new LinkedHashMap<>();
        List<String> lines = EXPECTED.lines().skip(1).toList();
        for (String line : lines) {
            String[] cells = line.trim().split("\\s+");
            Map<SubjectAccessState, String> verdicts = new EnumMap<>(SubjectAccessState.class);
            for (SubjectAccessState state : SubjectAccessState.values()) {
                verdicts.put(state, cells[state.ordinal() + 1]);
            }
            matrix.put(cells[0], verdicts);
        }
        return matrix;
    }

    static Stream<Arguments> everyCommandInEveryState() {
        return expectedMatrix().entrySet().stream().flatMap(row -> Arrays.stream(SubjectAccessState.values())
                .map(state -> Arguments.of(row.getKey(), state, row.getValue().get(state))));
    }

    @ParameterizedTest(name = "{0} on a {1} request: {2}")
    @MethodSource("everyCommandInEveryState")
    @SuppressWarnings("unchecked")
    void aggregateFollowsTheTransitionTable(String command, SubjectAccessState state, String verdict) {
        Object[] scenario = SCENARIOS.get(command);
        var result = fixture.givenCurrentTime(NOW).andGiven(history(state)).when(scenario[0], DSL);
        if (verdict.equals("yes")) {
            result.expectSuccessfulHandlerExecution().expectEvents(((List<Object>) scenario[1]).toArray());
        } else {
            String sentence = SubjectAccessTransitions.refusal(scenario[0].getClass(), state).orElseThrow();
            result.expectException(SubjectAccessRuleViolation.class).expectExceptionMessage(sentence)
                    .expectNoEvents();
        }
    }

    @Test
    void tableGivesTheExpectedVerdictForEveryPairAndHasARowForEveryHandler() {
        Map<String, Map<SubjectAccessState, String>> actual = new TreeMap<>();
        for (SubjectAccessTransitionTable.Row row : SubjectAccessTransitions.rows()) {
            Map<SubjectAccessState, String> verdicts = new EnumMap<>(SubjectAccessState.class);
            for (SubjectAccessState state : SubjectAccessState.values()) {
                verdicts.put(state, row.allows(state) ? "yes" : "no");
            }
            actual.put(row.command().getSimpleName(), verdicts);
        }
        assertThat(actual).isEqualTo(new TreeMap<>(expectedMatrix()));
        Set<String> handled = Arrays.stream(SubjectAccessAggregate.class.getDeclaredMethods())
                .filter(method -> method.isAnnotationPresent(CommandHandler.class))
                .map(method -> method.getParameterTypes()[0].getSimpleName()).collect(Collectors.toSet());
        assertThat(handled).isEqualTo(SCENARIOS.keySet());
    }

    @Test
    void aRequestIsDueOneCalendarMonthOnAndGoesOnTheCalendar() {
        fixture.givenCurrentTime(NOW).when(new ReceiveSubjectAccessRequest(ID, "setting-1", PUPIL, " Alex Pupil ",
                        RECEIVED_ON, "Jo Parent (mother)"), DSL)
                .expectSuccessfulHandlerExecution().expectEvents(received(), pending());
    }

    @Test
    void aRequestWithoutWhoseRecordsOrWhoAskedIsRefused() {
        fixture.givenNoPriorActivity().when(new ReceiveSubjectAccessRequest(ID, "setting-1", PUPIL, "Alex Pupil",
                        RECEIVED_ON, " "), DSL)
                .expectException(SubjectAccessRuleViolation.class)
                .expectExceptionMessage(SubjectAccessRule.WHOSE_AND_WHEN.sentence()).expectNoEvents();
    }

    @Test
    void aRequestIsExtendedOnceOnlyAndWithAReason() {
        List<Object> extended = new ArrayList<>(history(SubjectAccessState.IN_REVIEW));
        extended.add(new SubjectAccessExtended(ID, REASON, EXTENDED_TO));
        fixture.givenCurrentTime(NOW).andGiven(extended).when(new ExtendSubjectAccess(ID, "Again."), DSL)
                .expectException(SubjectAccessRuleViolation.class)
                .expectExceptionMessage(SubjectAccessRule.EXTENDED_ONCE.sentence()).expectNoEvents();
        fixture.givenCurrentTime(NOW).andGiven(history(SubjectAccessState.RECEIVED))
                .when(new ExtendSubjectAccess(ID, ""), DSL)
                .expectExceptionMessage(SubjectAccessRule.REASON_FOR_AN_EXTENSION.sentence()).expectNoEvents();
    }

    @Test
    void aPartialDisclosureNamesItsGroundAndWhatIsWithheld() {
        fixture.givenCurrentTime(NOW).andGiven(history(SubjectAccessState.IN_REVIEW))
                .when(new ReleaseSubjectAccess(ID, PDF, JSON, 3, Exemption.THIRD_PARTY, null), DSL)
                .expectExceptionMessage(SubjectAccessRule.GROUND_WITH_WHAT_IS_WITHHELD.sentence()).expectNoEvents();
        fixture.givenCurrentTime(NOW).andGiven(history(SubjectAccessState.IN_REVIEW))
                .when(new ReleaseSubjectAccess(ID, PDF, JSON, 3, Exemption.THIRD_PARTY, "A sibling's statement"), DSL)
                .expectEvents(new SubjectAccessReleased(ID, PDF, JSON, 3, Exemption.THIRD_PARTY,
                        "A sibling's statement"), DEADLINES.met(SUBJECT_ACCESS_RESPONSE, FIRST));
        fixture.givenCurrentTime(NOW).andGiven(history(SubjectAccessState.IN_REVIEW))
                .when(new ReleaseSubjectAccess(ID, PDF, " ", 3, null, null), DSL)
                .expectExceptionMessage(SubjectAccessRule.BUNDLE_HASHED.sentence()).expectNoEvents();
    }

    @Test
    void aRefusalNeedsItsGroundAndReasonsAndAnExtendedRequestMeetsItsLaterDeadline() {
        fixture.givenCurrentTime(NOW).andGiven(history(SubjectAccessState.IN_REVIEW))
                .when(new RefuseSubjectAccess(ID, null, "No."), DSL)
                .expectExceptionMessage(SubjectAccessRule.GROUND_AND_REASONS_FOR_A_REFUSAL.sentence())
                .expectNoEvents();
        List<Object> extended = new ArrayList<>(history(SubjectAccessState.IN_REVIEW));
        extended.addAll(List.of(new SubjectAccessExtended(ID, REASON, EXTENDED_TO),
                DEADLINES.cancelled(SUBJECT_ACCESS_RESPONSE, FIRST, "Extended"),
                DEADLINES.set(SUBJECT_ACCESS_RESPONSE, EXTENDED, WorkingCalendar.endOf(EXTENDED_TO), null)));
        fixture.givenCurrentTime(NOW).andGiven(extended).when(new ReleaseSubjectAccess(ID, PDF, JSON, 1, null, null),
                        DSL)
                .expectEvents(new SubjectAccessReleased(ID, PDF, JSON, 1, null, null),
                        DEADLINES.met(SUBJECT_ACCESS_RESPONSE, EXTENDED));
    }

    @Test
    void aMarkNeedsItsEntryAndEveryCommandItsActor() {
        fixture.givenCurrentTime(NOW).andGiven(history(SubjectAccessState.IN_REVIEW))
                .when(new MarkRedaction(ID, " ", "Sam", true), DSL)
                .expectExceptionMessage(SubjectAccessRule.A_PASSAGE_IN_AN_ENTRY.sentence()).expectNoEvents();
        fixture.givenCurrentTime(NOW).andGiven(history(SubjectAccessState.RECEIVED))
                .when(new StartSubjectAccessReview(ID))
                .expectExceptionMessage(SubjectAccessRule.ACTOR_REQUIRED.sentence()).expectNoEvents();
    }
}
