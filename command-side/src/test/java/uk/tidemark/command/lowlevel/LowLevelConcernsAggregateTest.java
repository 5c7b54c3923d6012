package uk.tidemark.command.lowlevel;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.tidemark.command.DeadlineEvents;
import uk.tidemark.command.GeneratedDoc;
import uk.tidemark.command.deadline.WorkingCalendar;
import uk.tidemark.command.deadline.WorkingCalendars;
import uk.tidemark.kernel.CaseType;
import uk.tidemark.kernel.incident.Category;
import uk.tidemark.kernel.lowlevel.LowLevelConcernsId;
import uk.tidemark.kernel.lowlevel.LowLevelConcernsState;
import uk.tidemark.kernel.lowlevel.ReviewOutcome;
import uk.tidemark.kernel.lowlevel.command.RecordLowLevelConcern;
import uk.tidemark.kernel.lowlevel.command.RecordLowLevelConcernReview;
import uk.tidemark.kernel.lowlevel.command.WithdrawLowLevelConcern;
import uk.tidemark.kernel.lowlevel.event.*;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.kernel.deadline.DeadlineKind.LOW_LEVEL_CONCERN_REVIEW;

/**
 * Every command of a member of staff's low-level concerns record in each state, allowed and refused; the pattern
 * that prompts a review (3 in 12 months by default, counted since the last review); idempotence under redelivery;
 * a re-triage away from the route; and docs/low-level-concern-transitions.md rendered from the table.
 */
class LowLevelConcernsAggregateTest {

    static final LowLevelConcernsId ID = LowLevelConcernsId.of("setting-1", "teacher", "Sam Teacher");
    static final Map<String, Object> POLICY = Map.of("actor", "dsl");
    static final Map<String, Object> HEAD = Map.of("actor", "head");
    /** Monday 2 March 2026: five working days on is Monday 9 March. */
    static final Instant MONDAY_2_MARCH = Instant.parse("2026-03-02T09:00:00Z");
    static final LocalDate REVIEW_BY = LocalDate.of(2026, 3, 9);
    static final DeadlineEvents DEADLINES = new DeadlineEvents(CaseType.LOW_LEVEL_CONCERN, ID.value(), "setting-1");

    private AggregateTestFixture<LowLevelConcernsAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(LowLevelConcernsAggregate.class);
        fixture.registerInjectableResource(LowLevelConcernTimescales.defaults());
        fixture.registerInjectableResource(WorkingCalendars.shipped());
    }

    static RecordLowLevelConcern record(String incident, LocalDate on) {
        return new RecordLowLevelConcern(ID, "setting-1", "Sam Teacher", "teacher", incident, "RP-26-00" + incident,
                Category.STAFF_MISUSE, on, "Liked pupils' posts", "head");
    }

    static LowLevelConcernsOpened opened() {
        return new LowLevelConcernsOpened(ID, "setting-1", "Sam Teacher", "teacher", "dsl");
    }

    static LowLevelConcernRecorded recorded(String incident, LocalDate on) {
        return new LowLevelConcernRecorded(ID, incident, "RP-26-00" + incident, Category.STAFF_MISUSE, on,
                "Liked pupils' posts");
    }

    static List<Object> history(LowLevelConcernsState state) {
        List<Object> events = new ArrayList<>(List.of(opened(), recorded("1", LocalDate.of(2026, 1, 5)),
                recorded("2", LocalDate.of(2026, 2, 5))));
        if (state == LowLevelConcernsState.REVIEW_DUE) {
            events.add(recorded("3", LocalDate.of(2026, 3, 1)));
            events.add(new LowLevelConcernReviewPrompted(ID, 3, REVIEW_BY, "head"));
            events.add(DEADLINES.set(LOW_LEVEL_CONCERN_REVIEW, "1", WorkingCalendar.endOf(REVIEW_BY), "head"));
        }
        return events;
    }

    @Test
    void theFirstConcernOpensTheRecordHiddenFromItsMemberOfStaff() {
        fixture.givenCurrentTime(MONDAY_2_MARCH).when(record("1", LocalDate.of(2026, 1, 5)), POLICY)
                .expectSuccessfulHandlerExecution().expectEvents(opened(), recorded("1", LocalDate.of(2026, 1, 5)));
        assertThat(opened().subjects()).containsExactly("teacher");
    }

    @Test
    void theThirdConcernInAYearPromptsAReviewOwnedByTheHeadteacher() {
        fixture.givenCurrentTime(MONDAY_2_MARCH).andGiven(history(LowLevelConcernsState.NO_REVIEW_DUE))
                .when(record("3", LocalDate.of(2026, 3, 1)), POLICY)
                .expectEvents(recorded("3", LocalDate.of(2026, 3, 1)),
                        new LowLevelConcernReviewPrompted(ID, 3, REVIEW_BY, "head"),
                        DEADLINES.set(LOW_LEVEL_CONCERN_REVIEW, "1", WorkingCalendar.endOf(REVIEW_BY), "head"));
    }

    @Test
    void concernsOlderThanTheWindowDoNotCount() {
        fixture.givenCurrentTime(MONDAY_2_MARCH).andGiven(opened(), recorded("1", LocalDate.of(2024, 1, 5)),
                        recorded("2", LocalDate.of(2026, 2, 5)))
                .when(record("3", LocalDate.of(2026, 3, 1)), POLICY)
                .expectEvents(recorded("3", LocalDate.of(2026, 3, 1)));
    }

    @Test
    void aConfiguredPatternPromptsSooner() {
        fixture = new AggregateTestFixture<>(LowLevelConcernsAggregate.class);
        fixture.registerInjectableResource(new LowLevelConcernTimescales(2, 12, 5));
        fixture.registerInjectableResource(WorkingCalendars.shipped());
        fixture.givenCurrentTime(MONDAY_2_MARCH).andGiven(opened(), recorded("1", LocalDate.of(2026, 1, 5)))
                .when(record("2", LocalDate.of(2026, 2, 5)), POLICY)
                .expectEvents(recorded("2", LocalDate.of(2026, 2, 5)),
                        new LowLevelConcernReviewPrompted(ID, 2, REVIEW_BY, "head"),
                        DEADLINES.set(LOW_LEVEL_CONCERN_REVIEW, "1", WorkingCalendar.endOf(REVIEW_BY), "head"));
    }

    @Test
    void theSameIncidentCountsOnceInEitherState() {
        for (LowLevelConcernsState state : LowLevelConcernsState.values()) {
            fixture.givenCurrentTime(MONDAY_2_MARCH).andGiven(history(state))
                    .when(record("2", LocalDate.of(2026, 2, 5)), POLICY)
                    .expectSuccessfulHandlerExecution().expectNoEvents();
        }
    }

    @Test
    void aReTriageAwayFromTheRouteStopsCountingInEitherStateAndAnUnknownIncidentChangesNothing() {
        for (LowLevelConcernsState state : LowLevelConcernsState.values()) {
            fixture.givenCurrentTime(MONDAY_2_MARCH).andGiven(history(state))
                    .when(new WithdrawLowLevelConcern(ID, "2"), POLICY)
                    .expectEvents(new LowLevelConcernWithdrawn(ID, "2"));
            fixture.givenCurrentTime(MONDAY_2_MARCH).andGiven(history(state))
                    .when(new WithdrawLowLevelConcern(ID, "9"), POLICY).expectNoEvents();
        }
        // withdrawn, the pattern is two again: a third concern prompts the review
        fixture.givenCurrentTime(MONDAY_2_MARCH).andGiven(opened(), recorded("1", LocalDate.of(2026, 1, 5)),
                        recorded("2", LocalDate.of(2026, 2, 5)), new LowLevelConcernWithdrawn(ID, "2"))
                .when(record("3", LocalDate.of(2026, 3, 1)), POLICY)
                .expectEvents(recorded("3", LocalDate.of(2026, 3, 1)));
    }

    @Test
    void aReviewIsRecordedWhenDueAndMeetsItsDeadline() {
        fixture.givenCurrentTime(MONDAY_2_MARCH).andGiven(history(LowLevelConcernsState.REVIEW_DUE))
                .when(new RecordLowLevelConcernReview(ID, ReviewOutcome.CONVERSATION_WITH_STAFF, "Spoke to Sam."), HEAD)
                .expectEvents(new LowLevelConcernReviewRecorded(ID, ReviewOutcome.CONVERSATION_WITH_STAFF,
                        "Spoke to Sam."), DEADLINES.met(LOW_LEVEL_CONCERN_REVIEW, "1"));
    }

    @Test
    void aReviewWhenNoneIsDueIsRefused() {
        fixture.givenCurrentTime(MONDAY_2_MARCH).andGiven(history(LowLevelConcernsState.NO_REVIEW_DUE))
                .when(new RecordLowLevelConcernReview(ID, ReviewOutcome.NO_FURTHER_ACTION, "n"), HEAD)
                .expectException(LowLevelConcernsRuleViolation.class)
                .expectExceptionMessage(LowLevelConcernsTransitions.refusal(RecordLowLevelConcernReview.class,
                        LowLevelConcernsState.NO_REVIEW_DUE).orElseThrow()).expectNoEvents();
    }

    @Test
    void theMemberOfStaffNeverReviewsTheirOwnAndAReviewNeedsAnOutcome() {
        fixture.givenCurrentTime(MONDAY_2_MARCH).andGiven(history(LowLevelConcernsState.REVIEW_DUE))
                .when(new RecordLowLevelConcernReview(ID, ReviewOutcome.NO_FURTHER_ACTION, "n"),
                        Map.of("actor", "teacher"))
                .expectException(LowLevelConcernsRuleViolation.class)
                .expectExceptionMessage(LowLevelConcernsRule.NOT_BY_THE_MEMBER_OF_STAFF.sentence()).expectNoEvents();
        fixture.givenCurrentTime(MONDAY_2_MARCH).andGiven(history(LowLevelConcernsState.REVIEW_DUE))
                .when(new RecordLowLevelConcernReview(ID, null, "n"), HEAD)
                .expectException(LowLevelConcernsRuleViolation.class)
                .expectExceptionMessage(LowLevelConcernsRule.OUTCOME_REQUIRED.sentence()).expectNoEvents();
    }

    @Test
    void afterAReviewOnlyLaterConcernsCountTowardsTheNext() {
        List<Object> reviewed = new ArrayList<>(history(LowLevelConcernsState.REVIEW_DUE));
        reviewed.add(new LowLevelConcernReviewRecorded(ID, ReviewOutcome.NO_FURTHER_ACTION, "n"));
        reviewed.add(DEADLINES.met(LOW_LEVEL_CONCERN_REVIEW, "1"));
        fixture.givenCurrentTime(MONDAY_2_MARCH).andGiven(reviewed)
                .when(record("4", LocalDate.of(2026, 3, 2)), POLICY)
                .expectEvents(recorded("4", LocalDate.of(2026, 3, 2)));
    }

    @Test
    void aConcernWithoutAnActorIsRefused() {
        fixture.givenNoPriorActivity().when(record("1", LocalDate.of(2026, 1, 5)))
                .expectException(LowLevelConcernsRuleViolation.class);
    }

    @Test
    void docsMatchTheTransitionTable() throws IOException {
        GeneratedDoc.check("low-level-concern-transitions.md", LowLevelConcernsTransitions.toMarkdown(),
                "LowLevelConcernsTransitions/LowLevelConcernsRule", "LowLevelConcernsAggregateTest");
        String rendered = LowLevelConcernsTransitions.toMarkdown();
        for (LowLevelConcernsRule rule : LowLevelConcernsRule.values()) {
            assertThat(rendered).contains(rule.sentence());
        }
        assertThat(rendered).contains("| LOW_LEVEL_CONCERN_REVIEW |");
    }
}
