package uk.tidemark.command.consent;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.tidemark.kernel.consent.ImageConsentState;
import uk.tidemark.kernel.consent.ImageConsentTransitionTable;
import uk.tidemark.kernel.deadline.DeadlineKind;

import java.util.*;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.command.consent.ImageConsentFixtures.*;

/**
 * Every (command, state) pair of the image consent table, run against the aggregate; the expected verdicts are
 * written out here, independently of the table.
 */
class ImageConsentTransitionMatrixTest {

    private static final String EXPECTED = """
            command             ACTIVE  ENDED
            ChangeImageConsent  yes     yes
            ReviewImageConsent  yes     no
            EndImageConsent     yes     no
            """;

    private record Scenario(Object command, Map<ImageConsentState, List<Object>> events) {
    }

    private static final Map<String, Scenario> SCENARIOS = Stream.of(
            new Scenario(change(), Map.of(
                    ImageConsentState.ACTIVE, List.of(changed(false),
                            DEADLINES.met(DeadlineKind.CONSENT_REVIEW, ENROLLED_REVIEW.toString()), review(NEXT_REVIEW)),
                    ImageConsentState.ENDED, List.of(changed(true), review(NEXT_REVIEW)))),
            new Scenario(reviewIt(), Map.of(ImageConsentState.ACTIVE, List.of(reviewed(),
                    DEADLINES.met(DeadlineKind.CONSENT_REVIEW, ENROLLED_REVIEW.toString()), review(NEXT_REVIEW)))),
            new Scenario(end(), Map.of(ImageConsentState.ACTIVE, List.of(ended(),
                    DEADLINES.cancelled(DeadlineKind.CONSENT_REVIEW, ENROLLED_REVIEW.toString(),
                            "The pupil's entry ended: Left for secondary school"))))
    ).collect(Collectors.toMap(s -> s.command().getClass().getSimpleName(), s -> s));

    private AggregateTestFixture<ImageConsentAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    private static Map<String, Map<ImageConsentState, String>> expectedMatrix() {
        Map<String, Map<ImageConsentState, String>> matrix = new TreeMap<>();
        EXPECTED.lines().skip(1).forEach(line -> {
            String[] cells = line.trim().split("\\s+");
            Map<ImageConsentState, String> verdicts = new EnumMap<>(ImageConsentState.class);
            for (ImageConsentState state : ImageConsentState.values()) {
                verdicts.put(state, cells[state.ordinal() + 1]);
            }
            matrix.put(cells[0], verdicts);
        });
        return matrix;
    }

    static Stream<Arguments> everyCommandInEveryState() {
        return expectedMatrix().entrySet().stream().flatMap(row -> Arrays.stream(ImageConsentState.values())
                .map(state -> Arguments.of(row.getKey(), state, row.getValue().get(state))));
    }

    @ParameterizedTest(name = "{0} on an {1} entry: {2}")
    @MethodSource("everyCommandInEveryState")
    void aggregateFollowsTheTransitionTable(String command, ImageConsentState state, String verdict) {
        Scenario scenario = SCENARIOS.get(command);
        var result = fixture.givenCurrentTime(MONDAY_2_MARCH).andGiven(history(state)).when(scenario.command(), ACTOR);
        if (verdict.equals("yes")) {
            result.expectSuccessfulHandlerExecution().expectEvents(scenario.events().get(state).toArray());
        } else {
            String sentence = ImageConsentTransitionTable.refusal(scenario.command().getClass(), state).orElseThrow();
            result.expectException(ImageConsentRuleViolation.class).expectExceptionMessage(sentence)
                    .expectNoEvents();
        }
    }

    @Test
    void tableGivesTheExpectedVerdictForEveryPair() {
        Map<String, Map<ImageConsentState, String>> actual = new TreeMap<>();
        for (ImageConsentTransitionTable.Row row : ImageConsentTransitionTable.rows()) {
            Map<ImageConsentState, String> verdicts = new EnumMap<>(ImageConsentState.class);
            for (ImageConsentState state : ImageConsentState.values()) {
                verdicts.put(state, row.allows(state) ? "yes" : "no");
            }
            actual.put(row.command().getSimpleName(), verdicts);
        }
        assertThat(actual).isEqualTo(expectedMatrix());
    }

    @Test
    void tableHasARowForEveryCommandOnAnExistingEntry() {
        Set<String> handled = Arrays.stream(ImageConsentAggregate.class.getDeclaredMethods())
                .filter(method -> method.isAnnotationPresent(CommandHandler.class))
                .map(method -> method.getParameterTypes()[0].getSimpleName()).collect(Collectors.toSet());
        Set<String> inTable = ImageConsentTransitionTable.rows().stream()
                .map(row -> row.command().getSimpleName()).collect(Collectors.toSet());
        assertThat(inTable).isEqualTo(handled).isEqualTo(SCENARIOS.keySet()).hasSize(3);
    }
}
