package uk.tidemark.command.consent;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.tidemark.command.deadline.WorkingCalendar;
import uk.tidemark.kernel.consent.ConsentRecordId;
import uk.tidemark.kernel.consent.ConsentSource;
import uk.tidemark.kernel.consent.ImageAllowance;
import uk.tidemark.kernel.consent.command.ChangeImageConsent;
import uk.tidemark.kernel.consent.command.EndImageConsent;
import uk.tidemark.kernel.consent.command.RecordImageConsent;
import uk.tidemark.kernel.consent.command.ReviewImageConsent;
import uk.tidemark.kernel.consent.event.ImageConsentRecorded;
import uk.tidemark.kernel.deadline.DeadlineKind;
import uk.tidemark.kernel.incident.PersonId;
import uk.tidemark.kernel.time.DateRefusedException;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.axonframework.commandhandling.GenericCommandMessage;

import static uk.tidemark.command.consent.ImageConsentFixtures.*;

/** The image consent register's own rules and its review deadline. */
class ImageConsentRulesTest {

    private AggregateTestFixture<ImageConsentAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    @Test
    void recordingPutsThePupilOnTheRegisterWithAReviewAYearFromTheDayGiven() {
        fixture.givenCurrentTime(MONDAY_2_MARCH).andGivenCommands().when(record(), ACTOR)
                .expectEvents(recorded(), review(ENROLLED_REVIEW));
    }

    @Test
    void aReviewThatFallsOnAWeekendIsDueTheNextWorkingDay() {
        // Saturday 1 March 2025: a year on is Sunday 1 March 2026, so the review falls on Monday 2 March
        LocalDate saturday = LocalDate.of(2025, 3, 1);
        fixture.givenCurrentTime(MONDAY_2_MARCH).andGivenCommands()
                .when(new RecordImageConsent(ID, "setting-1", PUPIL, "Ava Brook", ImageAllowance.NO_NAME,
                        ConsentSource.MIS_IMPORT, saturday, null), ACTOR)
                .expectEvents(new ImageConsentRecorded(ID, "setting-1", PUPIL, "Ava Brook", ImageAllowance.NO_NAME,
                        ConsentSource.MIS_IMPORT, saturday, null, TODAY, "dsl"), review(TODAY));
    }

    @Test
    void withoutADayConsentIsGivenTodayAndReviewedInAYear() {
        fixture.givenCurrentTime(MONDAY_2_MARCH).andGivenCommands()
                .when(new RecordImageConsent(ID, "setting-1", PUPIL, " Ava Brook ", ImageAllowance.ALL,
                        ConsentSource.PARENT_REQUEST, null, " "), ACTOR)
                .expectEvents(new ImageConsentRecorded(ID, "setting-1", PUPIL, "Ava Brook", ImageAllowance.ALL,
                        ConsentSource.PARENT_REQUEST, TODAY, null, NEXT_REVIEW, "dsl"), review(NEXT_REVIEW));
    }

    @Test
    void aDayGivenInTheFutureIsRefusedNamingTheField() {
        fixture.givenCurrentTime(MONDAY_2_MARCH).andGivenCommands()
                .when(new RecordImageConsent(ID, "setting-1", PUPIL, "Ava Brook", ImageAllowance.NONE,
                        ConsentSource.ENROLMENT_FORM, TODAY.plusDays(1), null), ACTOR)
                .expectException(DateRefusedException.class).expectNoEvents();
    }

    @Test
    void aDayOutsideTheWindowIsRefused() {
        fixture.givenCurrentTime(MONDAY_2_MARCH).andGivenCommands()
                .when(new RecordImageConsent(ID, "setting-1", PUPIL, "Ava Brook", ImageAllowance.NONE,
                        ConsentSource.ENROLMENT_FORM, LocalDate.of(1800, 1, 1), null), ACTOR)
                .expectException(DateRefusedException.class).expectNoEvents();
    }

    @Test
    void anEntryWithoutWhatIsAllowedOrWithAnotherPupilsIdIsRefused() {
        fixture.givenCurrentTime(MONDAY_2_MARCH).andGivenCommands()
                .when(new RecordImageConsent(ID, "setting-1", PUPIL, "Ava Brook", null,
                        ConsentSource.ENROLMENT_FORM, null, null), ACTOR)
                .expectException(ImageConsentRuleViolation.class)
                .expectExceptionMessage(ImageConsentRule.WHAT_IS_ALLOWED.sentence());
        fixture.givenCurrentTime(MONDAY_2_MARCH).andGivenCommands()
                .when(new RecordImageConsent(ConsentRecordId.of("setting-2", PUPIL), "setting-1", PUPIL,
                        "Ava Brook", ImageAllowance.NONE, ConsentSource.ENROLMENT_FORM, null, null), ACTOR)
                .expectException(ImageConsentRuleViolation.class)
                .expectExceptionMessage(ImageConsentRule.WHAT_IS_ALLOWED.sentence());
        fixture.givenCurrentTime(MONDAY_2_MARCH).andGivenCommands()
                .when(new RecordImageConsent(ID, "setting-1", PersonId.of("x"), "Ava Brook", ImageAllowance.NONE,
                        ConsentSource.ENROLMENT_FORM, null, null), ACTOR)
                .expectException(ImageConsentRuleViolation.class);
    }

    @Test
    void everyCommandNamesItsActor() {
        fixture.givenCurrentTime(MONDAY_2_MARCH).andGivenCommands().when(record())
                .expectException(ImageConsentRuleViolation.class)
                .expectExceptionMessage(ImageConsentRule.ACTOR_REQUIRED.sentence());
        fixture.givenCurrentTime(MONDAY_2_MARCH).andGiven(recorded()).when(reviewIt(), Map.of())
                .expectException(ImageConsentRuleViolation.class)
                .expectExceptionMessage(ImageConsentRule.ACTOR_REQUIRED.sentence());
    }

    @Test
    void aChangeThatChangesNothingIsRefused() {
        fixture.givenCurrentTime(MONDAY_2_MARCH).andGiven(recorded(), review(ENROLLED_REVIEW))
                .when(new ChangeImageConsent(ID, ImageAllowance.NONE, ConsentSource.ENROLMENT_FORM, ENROLLED,
                        "same"), ACTOR)
                .expectException(ImageConsentRuleViolation.class)
                .expectExceptionMessage(ImageConsentRule.CHANGE_CHANGES_SOMETHING.sentence()).expectNoEvents();
    }

    @Test
    void aChangeBackToAllLiftsTheRestriction() {
        fixture.givenCurrentTime(MONDAY_2_MARCH).andGiven(recorded(), review(ENROLLED_REVIEW))
                .when(new ChangeImageConsent(ID, ImageAllowance.ALL, ConsentSource.PARENT_REQUEST, null, null),
                        ACTOR)
                .expectEvents(new uk.tidemark.kernel.consent.event.ImageConsentChanged(ID, ImageAllowance.NONE,
                                ImageAllowance.ALL, ConsentSource.PARENT_REQUEST, TODAY, null, NEXT_REVIEW, false),
                        DEADLINES.met(DeadlineKind.CONSENT_REVIEW, ENROLLED_REVIEW.toString()), review(NEXT_REVIEW));
    }

    @Test
    void aChangeInTheFutureIsRefused() {
        fixture.givenCurrentTime(MONDAY_2_MARCH).andGiven(recorded(), review(ENROLLED_REVIEW))
                .when(new ChangeImageConsent(ID, ImageAllowance.ALL, ConsentSource.PARENT_REQUEST,
                        TODAY.plusDays(3), null), ACTOR)
                .expectException(DateRefusedException.class).expectNoEvents();
    }

    @Test
    void aReviewCannotBeInTheFutureNorBeforeConsentWasGiven() {
        fixture.givenCurrentTime(MONDAY_2_MARCH).andGiven(recorded(), review(ENROLLED_REVIEW))
                .when(new ReviewImageConsent(ID, TODAY.plusDays(1), null), ACTOR)
                .expectException(DateRefusedException.class).expectNoEvents();
        fixture.givenCurrentTime(MONDAY_2_MARCH).andGiven(recorded(), review(ENROLLED_REVIEW))
                .when(new ReviewImageConsent(ID, ENROLLED.minusDays(1), null), ACTOR)
                .expectException(DateRefusedException.class).expectNoEvents();
    }

    @Test
    void endingSaysWhy() {
        fixture.givenCurrentTime(MONDAY_2_MARCH).andGiven(recorded(), review(ENROLLED_REVIEW))
                .when(new EndImageConsent(ID, " "), ACTOR)
                .expectException(ImageConsentRuleViolation.class)
                .expectExceptionMessage(ImageConsentRule.END_SAYS_WHY.sentence()).expectNoEvents();
    }

    @Test
    void aReviewNotRecordedInTimeIsMissed() {
        fixture.givenCurrentTime(MONDAY_2_MARCH).andGivenCommands(signed(record()))
                .whenTimeAdvancesTo(WorkingCalendar.endOf(ENROLLED_REVIEW).plusSeconds(1))
                .expectEvents(DEADLINES.missed(DeadlineKind.CONSENT_REVIEW, ENROLLED_REVIEW.toString(),
                        WorkingCalendar.endOf(ENROLLED_REVIEW), null));
    }

    @Test
    void aReviewInTimeMovesTheDeadlineSoNothingIsMissedOnTheOldDay() {
        fixture.givenCurrentTime(MONDAY_2_MARCH).andGivenCommands(signed(record(), reviewIt()))
                .whenTimeAdvancesTo(WorkingCalendar.endOf(ENROLLED_REVIEW).plusSeconds(1))
                .expectNoEvents();
    }

    @Test
    void anEndedEntryMissesNothing() {
        fixture.givenCurrentTime(MONDAY_2_MARCH).andGivenCommands(signed(record(), end()))
                .whenTimeAdvancesTo(WorkingCalendar.endOf(NEXT_REVIEW).plusSeconds(1))
                .expectNoEvents();
    }

    private static List<Object> signed(Object... commands) {
        return Stream.of(commands).<Object>map(c -> GenericCommandMessage.asCommandMessage(c).andMetaData(ACTOR))
                .toList();
    }
}
