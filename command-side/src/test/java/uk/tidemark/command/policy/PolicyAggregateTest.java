package uk.tidemark.command.policy;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.tidemark.command.DeadlineEvents;
import uk.tidemark.command.deadline.CalendarRegion;
import uk.tidemark.command.deadline.WorkingCalendar;
import uk.tidemark.command.deadline.WorkingCalendars;
import uk.tidemark.kernel.CaseType;
import uk.tidemark.kernel.policy.PolicyId;
import uk.tidemark.kernel.policy.command.*;
import uk.tidemark.kernel.policy.event.*;
import uk.tidemark.kernel.time.DateRefusedException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static uk.tidemark.kernel.deadline.DeadlineKind.POLICY_ACKNOWLEDGEMENT;

/** Every allowed and refused transition of a policy, with the deadlines each sets, meets, misses and cancels. */
class PolicyAggregateTest {

    private static final PolicyId ID = PolicyId.of("policy-1");
    private static final Map<String, Object> HEAD = Map.of("actor", "head");
    private static final Map<String, Object> ANNA = Map.of("actor", "anna");
    private static final Map<String, Object> BEN = Map.of("actor", "ben");
    /** Monday 2 March 2026, 09:00 in London: ten working days later is Monday 16 March. */
    private static final Instant MONDAY = Instant.parse("2026-03-02T09:00:00Z");
    private static final LocalDate DUE = LocalDate.of(2026, 3, 16);
    private static final LocalDate EFFECTIVE = LocalDate.of(2026, 3, 2);
    private static final List<String> ROLES = List.of("STAFF", "DSL");
    private static final DeadlineEvents DEADLINES = new DeadlineEvents(CaseType.POLICY, "policy-1", "setting-1");

    private AggregateTestFixture<PolicyAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(PolicyAggregate.class);
        fixture.registerInjectableResource(PolicyTimescales.defaults());
        fixture.registerInjectableResource(WorkingCalendars.shipped().withSettings(s -> CalendarRegion.ENGLAND_AND_WALES));
        fixture.setReportIllegalStateChange(false);
    }

    private static PolicyPublished published() {
        return new PolicyPublished(ID, "setting-1", 1, "Social media policy", "Read this.", EFFECTIVE, ROLES,
                List.of("anna", "ben"), DUE, "head");
    }

    private static PublishPolicyVersion version2(List<String> askedOf) {
        return new PublishPolicyVersion(ID, "Social media policy", "Read this again.", EFFECTIVE, ROLES, askedOf);
    }

    private static Object set(int version, String who) {
        return DEADLINES.set(POLICY_ACKNOWLEDGEMENT, "v" + version + "-" + who, WorkingCalendar.endOf(DUE), who);
    }

    @Test
    void publishingAsksEveryoneNamedWithADeadlineOfTheirOwn() {
        fixture.givenCurrentTime(MONDAY)
                .when(new PublishPolicy(ID, "setting-1", "Social media policy", "Read this.", EFFECTIVE, ROLES,
                        List.of("anna", "ben", "anna")), HEAD)
                .expectEvents(published(), set(1, "anna"), set(1, "ben"));
    }

    @Test
    void cannotPublishAskingNobody() {
        fixture.givenCurrentTime(MONDAY)
                .when(new PublishPolicy(ID, "setting-1", "Social media policy", "Read this.", EFFECTIVE, ROLES,
                        List.of()), HEAD)
                .expectException(PolicyRuleViolation.class).expectExceptionMessage(PolicyRule.SOMEBODY_ASKED.sentence());
    }

    @Test
    void cannotPublishWithoutATitleOrText() {
        fixture.givenCurrentTime(MONDAY)
                .when(new PublishPolicy(ID, "setting-1", " ", "Read this.", EFFECTIVE, ROLES, List.of("anna")), HEAD)
                .expectException(PolicyRuleViolation.class).expectExceptionMessage(PolicyRule.TITLE_AND_TEXT.sentence());
    }

    @Test
    void cannotPublishWithAnEffectiveDateOutsideTheWindow() {
        fixture.givenCurrentTime(MONDAY)
                .when(new PublishPolicy(ID, "setting-1", "T", "Read this.", LocalDate.of(1800, 1, 1), ROLES,
                        List.of("anna")), HEAD)
                .expectException(DateRefusedException.class);
    }

    @Test
    void cannotPublishWithoutAnActor() {
        fixture.givenCurrentTime(MONDAY)
                .when(new PublishPolicy(ID, "setting-1", "T", "Read this.", EFFECTIVE, ROLES, List.of("anna")))
                .expectException(PolicyRuleViolation.class).expectExceptionMessage(PolicyRule.ACTOR_REQUIRED.sentence());
    }

    @Test
    void acknowledgingMeetsThePersonsDeadline() {
        fixture.givenCurrentTime(MONDAY).andGiven(published(), set(1, "anna"), set(1, "ben"))
                .when(new AcknowledgePolicy(ID, 1), ANNA)
                .expectEvents(new PolicyAcknowledged(ID, 1, "anna"),
                        DEADLINES.met(POLICY_ACKNOWLEDGEMENT, "v1-anna"));
    }

    @Test
    void cannotAcknowledgeTwice() {
        fixture.givenCurrentTime(MONDAY).andGiven(published(), set(1, "anna"), new PolicyAcknowledged(ID, 1, "anna"),
                        DEADLINES.met(POLICY_ACKNOWLEDGEMENT, "v1-anna"))
                .when(new AcknowledgePolicy(ID, 1), ANNA)
                .expectException(PolicyRuleViolation.class).expectExceptionMessage(PolicyRule.ONCE_ONLY.sentence());
    }

    @Test
    void cannotAcknowledgeWhenNotAsked() {
        fixture.givenCurrentTime(MONDAY).andGiven(published())
                .when(new AcknowledgePolicy(ID, 1), Map.of("actor", "carol"))
                .expectException(PolicyRuleViolation.class)
                .expectExceptionMessage(PolicyRule.ASKED_TO_ACKNOWLEDGE.sentence());
    }

    @Test
    void cannotAcknowledgeAnOlderVersion() {
        fixture.givenCurrentTime(MONDAY).andGiven(published(), new PolicyVersionPublished(ID, 2, "Social media policy",
                        "Read this again.", EFFECTIVE, ROLES, List.of("anna", "ben"), DUE, "head"))
                .when(new AcknowledgePolicy(ID, 1), ANNA)
                .expectException(PolicyRuleViolation.class).expectExceptionMessage(PolicyRule.VERSION_IN_FORCE.sentence());
    }

    @Test
    void aNewVersionCancelsThePendingAndAsksEveryoneAgain() {
        fixture.givenCurrentTime(MONDAY).andGiven(published(), set(1, "anna"), set(1, "ben"),
                        new PolicyAcknowledged(ID, 1, "anna"), DEADLINES.met(POLICY_ACKNOWLEDGEMENT, "v1-anna"))
                .when(version2(List.of("anna", "ben")), HEAD)
                .expectEvents(new PolicyVersionPublished(ID, 2, "Social media policy", "Read this again.", EFFECTIVE,
                                ROLES, List.of("anna", "ben"), DUE, "head"),
                        DEADLINES.cancelled(POLICY_ACKNOWLEDGEMENT, "v1-ben", "A new version of the policy was published."),
                        set(2, "anna"), set(2, "ben"));
    }

    @Test
    void aNewVersionCanBeAcknowledgedBySomeoneWhoAcknowledgedTheOldOne() {
        fixture.givenCurrentTime(MONDAY).andGiven(published(), new PolicyAcknowledged(ID, 1, "anna"),
                        new PolicyVersionPublished(ID, 2, "Social media policy", "Read this again.", EFFECTIVE, ROLES,
                                List.of("anna", "ben"), DUE, "head"), set(2, "anna"))
                .when(new AcknowledgePolicy(ID, 2), ANNA)
                .expectEvents(new PolicyAcknowledged(ID, 2, "anna"), DEADLINES.met(POLICY_ACKNOWLEDGEMENT, "v2-anna"));
    }

    @Test
    void askingAgainAddsOnlyPeopleNotAskedYet() {
        fixture.givenCurrentTime(MONDAY).andGiven(published())
                .when(new AskToAcknowledge(ID, List.of("anna", "carol")), HEAD)
                .expectEvents(new AcknowledgementAsked(ID, 1, List.of("carol"), DUE), set(1, "carol"));
    }

    @Test
    void cannotAskPeopleAskedAlready() {
        fixture.givenCurrentTime(MONDAY).andGiven(published())
                .when(new AskToAcknowledge(ID, List.of("anna")), HEAD)
                .expectException(PolicyRuleViolation.class).expectExceptionMessage(PolicyRule.NOT_ASKED_ALREADY.sentence());
    }

    @Test
    void aPassedDeadlineIsMissedInItsOwnersName() {
        fixture.givenCurrentTime(MONDAY).andGivenCommands(org.axonframework.commandhandling.GenericCommandMessage.asCommandMessage(
                        new PublishPolicy(ID, "setting-1", "Social media policy", "Read this.", EFFECTIVE, ROLES,
                                List.of("anna", "ben"))).andMetaData(HEAD))
                .whenTimeAdvancesTo(WorkingCalendar.endOf(DUE))
                .expectEvents(reminded("anna"), reminded("ben"),
                        DEADLINES.missed(POLICY_ACKNOWLEDGEMENT, "v1-anna", WorkingCalendar.endOf(DUE), "anna"),
                        DEADLINES.missed(POLICY_ACKNOWLEDGEMENT, "v1-ben", WorkingCalendar.endOf(DUE), "ben"));
    }

    /** Three working days before the deadline, at nine: Wednesday 11 March 2026 (GMT). */
    private static final Instant REMINDER = Instant.parse("2026-03-11T09:00:00Z");

    private static PolicyAcknowledgementReminded reminded(String who) {
        return new PolicyAcknowledgementReminded(ID, 1, "Social media policy", who, WorkingCalendar.endOf(DUE));
    }

    @Test
    void publishingSchedulesAReminderThreeWorkingDaysBeforeEachDeadline() {
        fixture.givenCurrentTime(MONDAY)
                .when(new PublishPolicy(ID, "setting-1", "Social media policy", "Read this.", EFFECTIVE, ROLES,
                        List.of("anna", "ben")), HEAD)
                .expectScheduledDeadlineWithName(REMINDER, PolicyAggregate.REMINDER_NAME);
    }

    @Test
    void onlyThoseWhoHaveNotAcknowledgedAreReminded() {
        fixture.givenCurrentTime(MONDAY).andGivenCommands(org.axonframework.commandhandling.GenericCommandMessage.asCommandMessage(
                        new PublishPolicy(ID, "setting-1", "Social media policy", "Read this.", EFFECTIVE, ROLES,
                                List.of("anna", "ben"))).andMetaData(HEAD),
                        org.axonframework.commandhandling.GenericCommandMessage.asCommandMessage(
                                new AcknowledgePolicy(ID, 1)).andMetaData(ANNA))
                .whenTimeAdvancesTo(REMINDER)
                .expectEvents(reminded("ben"));
    }

    @Test
    void aNewVersionSilencesTheOldVersionsRemindersAndSetsItsOwn() {
        fixture.givenCurrentTime(MONDAY).andGivenCommands(org.axonframework.commandhandling.GenericCommandMessage.asCommandMessage(
                        new PublishPolicy(ID, "setting-1", "Social media policy", "Read this.", EFFECTIVE, ROLES,
                                List.of("anna"))).andMetaData(HEAD),
                        org.axonframework.commandhandling.GenericCommandMessage.asCommandMessage(version2(List.of("anna")))
                                .andMetaData(HEAD))
                .whenTimeAdvancesTo(REMINDER)
                .expectEvents(new PolicyAcknowledgementReminded(ID, 2, "Social media policy", "anna",
                        WorkingCalendar.endOf(DUE)));
    }

    @Test
    void retiringCancelsWhatIsPending() {
        fixture.givenCurrentTime(MONDAY).andGiven(published(), set(1, "anna"))
                .when(new RetirePolicy(ID, "Replaced by the trust's policy"), HEAD)
                .expectEvents(new PolicyRetired(ID, "Replaced by the trust's policy"),
                        DEADLINES.cancelled(POLICY_ACKNOWLEDGEMENT, "v1-anna", "The policy was withdrawn."));
    }

    @Test
    void aRetiredPolicyRefusesEverything() {
        PolicyRetired retired = new PolicyRetired(ID, "gone");
        fixture.givenCurrentTime(MONDAY).andGiven(published(), retired).when(version2(List.of("anna")), HEAD)
                .expectException(PolicyRuleViolation.class)
                .expectExceptionMessage("This policy has been withdrawn; publish it as a new policy instead.");
        fixture.givenCurrentTime(MONDAY).andGiven(published(), retired).when(new AcknowledgePolicy(ID, 1), ANNA)
                .expectException(PolicyRuleViolation.class).expectExceptionMessage(
                        uk.tidemark.kernel.policy.PolicyTransitionTable.RETIRED_REFUSAL);
        fixture.givenCurrentTime(MONDAY).andGiven(published(), retired).when(new AskToAcknowledge(ID, List.of("x")), HEAD)
                .expectException(PolicyRuleViolation.class);
        fixture.givenCurrentTime(MONDAY).andGiven(published(), retired).when(new RetirePolicy(ID, "again"), BEN)
                .expectException(PolicyRuleViolation.class).expectExceptionMessage("This policy has already been withdrawn.");
    }
}
