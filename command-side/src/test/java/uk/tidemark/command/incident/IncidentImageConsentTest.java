package uk.tidemark.command.incident;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.tidemark.command.consent.ImageRemovalTimescale;
import uk.tidemark.command.References;
import uk.tidemark.kernel.consent.ImageAllowance;
import uk.tidemark.kernel.incident.Category;
import uk.tidemark.kernel.incident.ContentAction;
import uk.tidemark.kernel.incident.Platform;
import uk.tidemark.kernel.incident.command.NoteOptedOutPupil;
import uk.tidemark.kernel.incident.command.RecordContentAction;
import uk.tidemark.kernel.incident.event.CategoryChanged;
import uk.tidemark.kernel.incident.event.ContentActionRecorded;
import uk.tidemark.kernel.incident.event.IncidentLogged;
import uk.tidemark.kernel.incident.event.OptedOutPupilNoted;

import java.time.Instant;
import java.util.List;

import static uk.tidemark.command.incident.IncidentFixtures.*;
import static uk.tidemark.kernel.deadline.DeadlineKind.IMAGE_REMOVAL;

/** An image-consent-breach case that names a pupil on the image consent register (issue 18). */
class IncidentImageConsentTest {

    private AggregateTestFixture<IncidentAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
        fixture.registerInjectableResource(ImageRemovalTimescale.defaults());
    }

    private static IncidentLogged breach() {
        return new IncidentLogged(ID, "setting-1", Category.IMAGE_CONSENT_BREACH, Platform.FACEBOOK, OCCURRED,
                "A class photo posted with names", List.of(), PUPIL_AND_PARENT, false, "dsl", References.REFERENCE);
    }

    private static NoteOptedOutPupil note() {
        return new NoteOptedOutPupil(ID, PUPIL, ImageAllowance.NONE);
    }

    @Test
    void aRestrictedPupilIsNotedAndTheImageIsDueDownByTheEndOfTheNextWorkingDay() {
        fixture.givenCurrentTime(NOW).andGiven(breach()).when(note(), ACTOR)
                .expectEvents(new OptedOutPupilNoted(ID, PUPIL, ImageAllowance.NONE, END_OF_NEXT_WORKING_DAY),
                        DEADLINES.set(IMAGE_REMOVAL, "1", END_OF_NEXT_WORKING_DAY, null));
    }

    @Test
    void theTimescaleIsConfigurable() {
        Instant endOfFriday = Instant.parse("2025-03-07T23:59:59.999999999Z");
        AggregateTestFixture<IncidentAggregate> three = fixture();
        three.registerInjectableResource(new ImageRemovalTimescale(3));
        three.givenCurrentTime(NOW).andGiven(breach()).when(note(), ACTOR)
                .expectEvents(new OptedOutPupilNoted(ID, PUPIL, ImageAllowance.NONE, endOfFriday),
                        DEADLINES.set(IMAGE_REMOVAL, "1", endOfFriday, null));
    }

    @Test
    void aPupilNotedAlreadyChangesNothing() {
        fixture.givenCurrentTime(NOW).andGiven(breach(),
                        new OptedOutPupilNoted(ID, PUPIL, ImageAllowance.NONE, END_OF_NEXT_WORKING_DAY),
                        DEADLINES.set(IMAGE_REMOVAL, "1", END_OF_NEXT_WORKING_DAY, null))
                .when(note(), ACTOR).expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void aSecondPupilIsNotedWithoutASecondDeadline() {
        fixture.givenCurrentTime(NOW).andGiven(breach(),
                        new OptedOutPupilNoted(ID, PUPIL, ImageAllowance.NONE, END_OF_NEXT_WORKING_DAY),
                        DEADLINES.set(IMAGE_REMOVAL, "1", END_OF_NEXT_WORKING_DAY, null))
                .when(new NoteOptedOutPupil(ID, PARENT, ImageAllowance.FIRST_NAME_ONLY), ACTOR)
                .expectEvents(new OptedOutPupilNoted(ID, PARENT, ImageAllowance.FIRST_NAME_ONLY, null));
    }

    @Test
    void anImageAlreadyTakenDownSetsNoDeadline() {
        fixture.givenCurrentTime(NOW).andGiven(breach(),
                        new ContentActionRecorded(ID, "a1", ContentAction.POST_HIDDEN, null, "Hidden by the admin"))
                .when(note(), ACTOR).expectEvents(new OptedOutPupilNoted(ID, PUPIL, ImageAllowance.NONE, null));
    }

    @Test
    void aDeletedPostMeetsTheRemovalDeadline() {
        fixture.givenCurrentTime(NOW).andGiven(breach(),
                        new OptedOutPupilNoted(ID, PUPIL, ImageAllowance.NONE, END_OF_NEXT_WORKING_DAY),
                        DEADLINES.set(IMAGE_REMOVAL, "1", END_OF_NEXT_WORKING_DAY, null))
                .when(new RecordContentAction(ID, "a1", ContentAction.POST_DELETED, null, "Deleted"), ACTOR)
                .expectEvents(new ContentActionRecorded(ID, "a1", ContentAction.POST_DELETED, null, "Deleted"),
                        DEADLINES.met(IMAGE_REMOVAL, "1"));
    }

    @Test
    void aRemovalRequestMeetsItAndABlockDoesNot() {
        fixture.givenCurrentTime(NOW).andGiven(breach(),
                        new OptedOutPupilNoted(ID, PUPIL, ImageAllowance.NONE, END_OF_NEXT_WORKING_DAY),
                        DEADLINES.set(IMAGE_REMOVAL, "1", END_OF_NEXT_WORKING_DAY, null))
                .when(new RecordContentAction(ID, "a1", ContentAction.USER_BLOCKED, null, "Blocked"), ACTOR)
                .expectEvents(new ContentActionRecorded(ID, "a1", ContentAction.USER_BLOCKED, null, "Blocked"));
        fixture.givenCurrentTime(NOW).andGiven(breach(),
                        new OptedOutPupilNoted(ID, PUPIL, ImageAllowance.NONE, END_OF_NEXT_WORKING_DAY),
                        DEADLINES.set(IMAGE_REMOVAL, "1", END_OF_NEXT_WORKING_DAY, null))
                .when(new RecordContentAction(ID, "a1", ContentAction.REMOVAL_REQUESTED, null, "Asked"), ACTOR)
                .expectEvents(new ContentActionRecorded(ID, "a1", ContentAction.REMOVAL_REQUESTED, null, "Asked"),
                        DEADLINES.met(IMAGE_REMOVAL, "1"));
    }

    @Test
    void aCaseThatBecomesABreachIsNoted() {
        fixture.givenCurrentTime(NOW).andGiven(logged(), new CategoryChanged(ID, Category.CYBERBULLYING,
                        Category.CYBERBULLYING, List.of(), List.of(Category.IMAGE_CONSENT_BREACH), "A photo too"))
                .when(note(), ACTOR)
                .expectEvents(new OptedOutPupilNoted(ID, PUPIL, ImageAllowance.NONE, END_OF_NEXT_WORKING_DAY),
                        DEADLINES.set(IMAGE_REMOVAL, "1", END_OF_NEXT_WORKING_DAY, null));
    }

    @Test
    void refusedOnACaseThatIsNotABreach() {
        fixture.givenCurrentTime(NOW).andGiven(logged()).when(note(), ACTOR)
                .expectException(IncidentRuleViolation.class)
                .expectExceptionMessage(IncidentImageConsent.NOT_A_BREACH).expectNoEvents();
    }

    @Test
    void refusedForAPupilNotOnTheCase() {
        fixture.givenCurrentTime(NOW).andGiven(breach())
                .when(new NoteOptedOutPupil(ID, STRANGER, ImageAllowance.NONE), ACTOR)
                .expectException(IncidentRuleViolation.class)
                .expectExceptionMessage(IncidentImageConsent.NOT_ON_THE_CASE).expectNoEvents();
    }

    @Test
    void refusedForAPupilWithoutARestriction() {
        fixture.givenCurrentTime(NOW).andGiven(breach())
                .when(new NoteOptedOutPupil(ID, PUPIL, ImageAllowance.ALL), ACTOR)
                .expectException(IncidentRuleViolation.class)
                .expectExceptionMessage(IncidentImageConsent.NOT_RESTRICTED).expectNoEvents();
    }

    @Test
    void refusedOnAClosedCase() {
        fixture.givenCurrentTime(NOW).andGiven(breach(), triaged(), closed()).when(note(), ACTOR)
                .expectException(IncidentRuleViolation.class)
                .expectExceptionMessage(IncidentImageConsent.CLOSED).expectNoEvents();
    }
}
