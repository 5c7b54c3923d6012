package uk.tidemark.command.incident;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.tidemark.kernel.incident.*;
import uk.tidemark.kernel.incident.command.*;
import uk.tidemark.kernel.incident.event.*;

import java.time.Instant;
import java.util.List;

import static uk.tidemark.command.incident.IncidentFixtures.*;

/**
 * Corrections of the record (issue 15): a person added or corrected, the category changed, the report amended. Each
 * records what changed from what and why; one that changes nothing, or gives no reason, is refused; and a correction
 * changes what the case's rules see next (a tutor corrected from target to subject opens the allegation route).
 */
class IncidentCorrectionsTest {

    private static final Person TUTOR_AS_TARGET = new Person(STAFF, "Sam Tutor", PersonRole.STAFF, Involvement.TARGET);
    private static final Person TUTOR_AS_SUBJECT = new Person(STAFF, "Sam Tutor", PersonRole.STAFF, Involvement.SUBJECT);
    private static final Person PUPIL_A = new Person(PUPIL, "Pupil A", PersonRole.PUPIL, Involvement.TARGET);

    private AggregateTestFixture<IncidentAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    @Test
    void aTutorCorrectedFromTargetToSubjectOpensTheHarmThresholdRoute() {
        TriageIncident harmThreshold = new TriageIncident(ID, Severity.HIGH, "Messages to a pupil", "dsl",
                AllegationRoute.HARM_THRESHOLD);
        fixture.given(logged(List.of(PUPIL_A, TUTOR_AS_TARGET)))
                .when(harmThreshold, ACTOR)
                .expectException(IncidentRuleViolation.class).expectNoEvents();
        fixture.given(logged(List.of(PUPIL_A, TUTOR_AS_TARGET)))
                .when(new CorrectPerson(ID, STAFF, null, null, Involvement.SUBJECT, "The tutor sent the messages"), ACTOR)
                .expectEvents(new PersonCorrected(ID, TUTOR_AS_TARGET, TUTOR_AS_SUBJECT, "The tutor sent the messages"));
        fixture.given(logged(List.of(PUPIL_A, TUTOR_AS_TARGET)),
                        new PersonCorrected(ID, TUTOR_AS_TARGET, TUTOR_AS_SUBJECT, "The tutor sent the messages"))
                .when(harmThreshold, ACTOR)
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aCorrectionThatChangesNothingOrNamesNobodyOnTheCaseIsRefused() {
        fixture.given(logged(List.of(PUPIL_A)))
                .when(new CorrectPerson(ID, PUPIL, "Pupil A", PersonRole.PUPIL, Involvement.TARGET, "Checked"), ACTOR)
                .expectException(IncidentRuleViolation.class)
                .expectExceptionMessage("This correction changes nothing: give a different name, role or involvement.")
                .expectNoEvents();
        fixture.given(logged(List.of(PUPIL_A)))
                .when(new CorrectPerson(ID, STRANGER, "Someone", null, null, "Checked"), ACTOR)
                .expectException(IncidentRuleViolation.class)
                .expectExceptionMessage("Only a person named on this case can be corrected.").expectNoEvents();
    }

    @Test
    void everyCorrectionSaysWhy() {
        for (Object withoutReason : List.of(
                new AddPersonToCase(ID, new Person(PARENT, "Parent B", PersonRole.PARENT_CARER, Involvement.WITNESS), " "),
                new CorrectPerson(ID, PUPIL, "Pupil Ay", null, null, null),
                new ChangeCategory(ID, Category.DEFAMATION, List.of(), ""),
                new AmendReport(ID, "Another summary", null, null, null))) {
            fixture.given(logged(List.of(PUPIL_A)))
                    .when(withoutReason, ACTOR)
                    .expectException(IncidentRuleViolation.class)
                    .expectExceptionMessage("Say why the record is being corrected.").expectNoEvents();
        }
    }

    @Test
    void aPersonTheReportLeftOutIsAddedOnceWithAllTheyNeed() {
        Person parent = new Person(PARENT, "Parent B", PersonRole.PARENT_CARER, Involvement.WITNESS);
        fixture.given(logged(List.of(PUPIL_A)))
                .when(new AddPersonToCase(ID, parent, "Named by the pupil"), ACTOR)
                .expectEvents(new PersonAddedToCase(ID, parent, "Named by the pupil"));
        fixture.given(logged(List.of(PUPIL_A)), new PersonAddedToCase(ID, parent, "Named by the pupil"))
                .when(new AddPersonToCase(ID, parent, "Again"), ACTOR)
                .expectException(IncidentRuleViolation.class)
                .expectExceptionMessage("This person is already named on this case.").expectNoEvents();
        fixture.given(logged(List.of(PUPIL_A)))
                .when(new AddPersonToCase(ID, new Person(PARENT, "Parent B", null, Involvement.WITNESS), "No role"), ACTOR)
                .expectException(IncidentRuleViolation.class)
                .expectExceptionMessage("A person needs a name, a role and how they are involved.").expectNoEvents();
    }

    @Test
    void aUserAddedAsASubjectIsConflictedAndStaysSoAfterACorrection() {
        Person colleague = new Person(STAFF, "Dee Colleague", PersonRole.STAFF, Involvement.SUBJECT, "dee");
        fixture.given(logged(List.of(PUPIL_A)), new PersonAddedToCase(ID, colleague, "Named in the screenshots"),
                        new PersonCorrected(ID, colleague, new Person(STAFF, "Dee Colleague", PersonRole.STAFF,
                                Involvement.WITNESS, "dee"), "Only forwarded it"))
                .when(new AddNote(ID, "note-1", "A note"), java.util.Map.of("actor", "dee"))
                .expectException(uk.tidemark.kernel.SubjectOfCaseException.class).expectNoEvents();
    }

    @Test
    void theCategoryChangesWithTheOtherKindsItIs() {
        fixture.given(logged())
                .when(new ChangeCategory(ID, Category.DEFAMATION, List.of(Category.IMAGE_CONSENT_BREACH,
                        Category.IMAGE_CONSENT_BREACH), "The post names a teacher and shows a pupil"), ACTOR)
                .expectEvents(new CategoryChanged(ID, Category.CYBERBULLYING, Category.DEFAMATION, List.of(),
                        List.of(Category.IMAGE_CONSENT_BREACH), "The post names a teacher and shows a pupil"));
        fixture.given(logged())
                .when(new ChangeCategory(ID, Category.CYBERBULLYING, List.of(), "Checked"), ACTOR)
                .expectException(IncidentRuleViolation.class).expectNoEvents();
        fixture.given(logged())
                .when(new ChangeCategory(ID, Category.DEFAMATION, List.of(Category.DEFAMATION), "Both"), ACTOR)
                .expectException(IncidentRuleViolation.class).expectNoEvents();
    }

    @Test
    void anAmendmentRecordsOnlyWhatChangedFromWhat() {
        Instant earlier = OCCURRED.minusSeconds(3600);
        fixture.given(logged())
                .when(new AmendReport(ID, "Comments about a pupil", earlier, Platform.INSTAGRAM, "The pupil said 17:30"),
                        ACTOR)
                .expectEvents(new ReportAmended(ID, null, null, OCCURRED, earlier, null, null, "The pupil said 17:30"));
        fixture.given(logged(), new ReportAmended(ID, null, null, OCCURRED, earlier, null, null, "Earlier"))
                .when(new AmendReport(ID, " ", earlier, null, "Again"), ACTOR)
                .expectException(IncidentRuleViolation.class)
                .expectExceptionMessage("This amendment changes nothing: give a different summary, time or platform.")
                .expectNoEvents();
    }

    @Test
    void aClosedCaseIsReopenedBeforeItIsCorrected() {
        fixture.given(logged(), triaged(), closed())
                .when(new AmendReport(ID, "New words", null, null, "Typo"), ACTOR)
                .expectException(IncidentRuleViolation.class)
                .expectExceptionMessage("This case is closed; reopen it before amending the report.").expectNoEvents();
    }
}
