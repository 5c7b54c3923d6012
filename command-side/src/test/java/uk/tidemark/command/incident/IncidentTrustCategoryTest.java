package uk.tidemark.command.incident;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.tidemark.kernel.incident.*;
import uk.tidemark.kernel.incident.command.*;
import uk.tidemark.kernel.incident.event.*;

import java.util.List;

import static uk.tidemark.command.incident.IncidentFixtures.*;
import static uk.tidemark.kernel.deadline.DeadlineKind.FIRST_RESPONSE;

/**
 * A trust's own categories on a case (decision 0041): logged and changed with the case's main category, always under
 * it, recorded with the name they had then; a change of only the trust's category is a change, a rename of it is not.
 */
class IncidentTrustCategoryTest {

    private static final TrustCategory GROUP_CHATS =
            new TrustCategory("group-chats", "Group chats", Category.CYBERBULLYING);
    private static final TrustCategory GROUP_CHATS_RENAMED =
            new TrustCategory("group-chats", "Class group chats", Category.CYBERBULLYING);
    private static final TrustCategory GAMING = new TrustCategory("gaming", "Gaming chat", Category.CYBERBULLYING);
    private static final TrustCategory FAKE_ACCOUNTS =
            new TrustCategory("fake-staff-accounts", "Fake staff accounts", Category.DEFAMATION);

    private AggregateTestFixture<IncidentAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    private static LogIncident logUnder(Category category, TrustCategory trust) {
        LogIncident plain = log(PUPIL_AND_PARENT);
        return new LogIncident(plain.incidentId(), plain.settingId(), category, plain.platform(), plain.occurredAt(),
                plain.summary(), plain.links(), plain.people(), plain.immediateRisk(), trust);
    }

    private static IncidentLogged loggedUnder(TrustCategory trust) {
        IncidentLogged plain = logged();
        return new IncidentLogged(plain.incidentId(), plain.settingId(), plain.category(), plain.platform(),
                plain.occurredAt(), plain.summary(), plain.links(), plain.people(), plain.immediateRisk(),
                plain.reportedBy(), plain.reference(), trust);
    }

    @Test
    void aCaseIsLoggedUnderOneOfTheTrustsCategoriesWithItsNameAsItIsThen() {
        fixture.givenCurrentTime(NOW)
                .when(logUnder(Category.CYBERBULLYING, GROUP_CHATS), ACTOR)
                .expectEvents(loggedUnder(GROUP_CHATS),
                        DEADLINES.set(FIRST_RESPONSE, IncidentAggregate.ONLY, FIRST_RESPONSE_DUE, null));
    }

    @Test
    void cannotLogUnderATrustCategoryOfAnotherCategory() {
        fixture.given()
                .when(logUnder(Category.CYBERBULLYING, FAKE_ACCOUNTS), ACTOR)
                .expectException(IncidentRuleViolation.class)
                .expectExceptionMessage("The trust's category chosen is counted under another category: choose it "
                        + "with its own category, or choose another.")
                .expectNoEvents();
    }

    @Test
    void theTrustCategoryChangesOnItsOwnAndIsRecordedFromAndTo() {
        fixture.given(loggedUnder(GROUP_CHATS))
                .when(new ChangeCategory(ID, Category.CYBERBULLYING, List.of(), "It was a game's chat", GAMING), ACTOR)
                .expectEvents(new CategoryChanged(ID, Category.CYBERBULLYING, Category.CYBERBULLYING, List.of(),
                        List.of(), "It was a game's chat", GROUP_CHATS, GAMING));
        fixture.given(logged())
                .when(new ChangeCategory(ID, Category.CYBERBULLYING, List.of(), "The trust's own word", GROUP_CHATS),
                        ACTOR)
                .expectEvents(new CategoryChanged(ID, Category.CYBERBULLYING, Category.CYBERBULLYING, List.of(),
                        List.of(), "The trust's own word", null, GROUP_CHATS));
    }

    @Test
    void aChangeToAnotherCategoryCarriesATrustCategoryUnderItOrNone() {
        fixture.given(loggedUnder(GROUP_CHATS))
                .when(new ChangeCategory(ID, Category.DEFAMATION, List.of(), "About a teacher", FAKE_ACCOUNTS), ACTOR)
                .expectEvents(new CategoryChanged(ID, Category.CYBERBULLYING, Category.DEFAMATION, List.of(),
                        List.of(), "About a teacher", GROUP_CHATS, FAKE_ACCOUNTS));
        fixture.given(loggedUnder(GROUP_CHATS))
                .when(new ChangeCategory(ID, Category.DEFAMATION, List.of(), "About a teacher"), ACTOR)
                .expectEvents(new CategoryChanged(ID, Category.CYBERBULLYING, Category.DEFAMATION, List.of(),
                        List.of(), "About a teacher", GROUP_CHATS, null));
    }

    @Test
    void cannotChangeToATrustCategoryUnderAnotherCategory() {
        fixture.given(loggedUnder(GROUP_CHATS))
                .when(new ChangeCategory(ID, Category.DEFAMATION, List.of(), "About a teacher", GAMING), ACTOR)
                .expectException(IncidentRuleViolation.class)
                .expectExceptionMessage("The trust's category chosen is counted under another category: choose it "
                        + "with its own category, or choose another.")
                .expectNoEvents();
    }

    @Test
    void keepingTheSameTrustCategoryChangesNothingEvenIfItWasRenamedSince() {
        fixture.given(loggedUnder(GROUP_CHATS))
                .when(new ChangeCategory(ID, Category.CYBERBULLYING, List.of(), "Checked", GROUP_CHATS_RENAMED), ACTOR)
                .expectException(IncidentRuleViolation.class)
                .expectExceptionMessage("This changes nothing: choose a different category or other kinds of concern "
                        + "(the main one cannot be among the others).")
                .expectNoEvents();
    }

    @Test
    void theOtherKindsChangeWhileTheTrustCategoryStays() {
        fixture.given(loggedUnder(GROUP_CHATS))
                .when(new ChangeCategory(ID, Category.CYBERBULLYING, List.of(Category.IMAGE_CONSENT_BREACH),
                        "A photo too", GROUP_CHATS_RENAMED), ACTOR)
                .expectEvents(new CategoryChanged(ID, Category.CYBERBULLYING, Category.CYBERBULLYING, List.of(),
                        List.of(Category.IMAGE_CONSENT_BREACH), "A photo too", GROUP_CHATS, GROUP_CHATS_RENAMED));
    }

    @Test
    void theCaseRemembersItsTrustCategoryAfterAChange() {
        fixture.given(logged(), new CategoryChanged(ID, Category.CYBERBULLYING, Category.CYBERBULLYING, List.of(),
                        List.of(), "The trust's own word", null, GROUP_CHATS))
                .when(new ChangeCategory(ID, Category.CYBERBULLYING, List.of(), "Again", GROUP_CHATS), ACTOR)
                .expectException(IncidentRuleViolation.class).expectNoEvents();
    }

    @Test
    void cannotChangeTheTrustCategoryOfAClosedCase() {
        fixture.given(loggedUnder(GROUP_CHATS), triaged(), closed())
                .when(new ChangeCategory(ID, Category.CYBERBULLYING, List.of(), "Later", GAMING), ACTOR)
                .expectException(IncidentRuleViolation.class).expectNoEvents();
    }
}
