package uk.tidemark.command.incident;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import java.util.List;
import uk.tidemark.kernel.incident.*;
import uk.tidemark.kernel.incident.command.*;
import uk.tidemark.kernel.incident.event.*;

import static uk.tidemark.command.incident.IncidentFixtures.*;
import static uk.tidemark.kernel.deadline.DeadlineKind.WARNING_RESPONSE;

/** What a DSL does on an open case (warnings, police, evidence, notes) and what a closed case refuses. */
class IncidentActionRulesTest {

    private AggregateTestFixture<IncidentAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    private static RecordWarningResponse respond(WarningId warningId) {
        return new RecordWarningResponse(ID, warningId, WarningResponse.COMPLIED, "Post removed");
    }

    @Test
    void cannotWarnOnAClosedCase() {
        fixture.given(logged(), triaged(), closed())
                .when(warn(WARNING, PARENT), ACTOR)
                .expectException(IncidentRuleViolation.class)
                .expectExceptionMessage("This case is closed; reopen it before issuing a warning.")
                .expectNoEvents();
    }

    @Test
    void cannotAddANoteToAClosedCase() {
        fixture.given(logged(), triaged(), closed())
                .when(new AddNote(ID, "note-1", "Late information"), ACTOR)
                .expectException(IncidentRuleViolation.class)
                .expectExceptionMessage("This case is closed; reopen it before adding a note.")
                .expectNoEvents();
    }

    @Test
    void aReopenedCaseTakesNotesAgain() {
        fixture.given(logged(), triaged(), closed(), reopened())
                .when(new AddNote(ID, "note-1", "Late information"), ACTOR)
                .expectEvents(new NoteAdded(ID, "note-1", "Late information"));
    }

    @Test
    void cannotWarnBeforeTriage() {
        fixture.given(logged())
                .when(warn(WARNING, PARENT), ACTOR)
                .expectException(IncidentRuleViolation.class)
                .expectExceptionMessage("Triage this case before issuing a warning: a warning needs the severity assessed first.")
                .expectNoEvents();
    }

    @Test
    void warningNamesAPersonOnTheCase() {
        fixture.given(logged(), triaged())
                .when(warn(WARNING, PARENT), ACTOR)
                .expectEvents(warned(WARNING, PARENT),
                        DEADLINES.set(WARNING_RESPONSE, "warning-1", WARNING_RESPONSE_DUE, "dsl"));
    }

    @Test
    void cannotWarnSomeoneWhoIsNotOnTheCase() {
        fixture.given(logged(), triaged())
                .when(warn(WARNING, STRANGER), ACTOR)
                .expectException(IncidentRuleViolation.class)
                .expectExceptionMessage("Only a person named on this case can be warned.")
                .expectNoEvents();
    }

    @Test
    void theSameWarningCannotBeIssuedTwice() {
        fixture.given(logged(), triaged(), warned(WARNING, PARENT))
                .when(warn(WARNING, PARENT), ACTOR)
                .expectException(IncidentRuleViolation.class)
                .expectExceptionMessage(IncidentRule.WARNING_ALREADY_RECORDED.sentence())
                .expectNoEvents();
    }

    @Test
    void aRepeatedWarningIsReportedAsRepeatedBeforeAnythingElse() {
        fixture.given(logged(), triaged(), warned(WARNING, PARENT))
                .when(warn(WARNING, STRANGER), ACTOR)
                .expectException(IncidentRuleViolation.class)
                .expectExceptionMessage(IncidentRule.WARNING_ALREADY_RECORDED.sentence())
                .expectNoEvents();
    }

    @Test
    void aSecondWarningToTheSamePersonIsAllowed() {
        fixture.given(logged(), triaged(), warned(WARNING, PARENT))
                .when(warn(OTHER_WARNING, PARENT), ACTOR)
                .expectEvents(warned(OTHER_WARNING, PARENT),
                        DEADLINES.set(WARNING_RESPONSE, "warning-2", WARNING_RESPONSE_DUE, "dsl"));
    }

    @Test
    void responseIsRecordedAgainstAWarningOnTheCase() {
        fixture.given(logged(), triaged(), warned(WARNING, PARENT))
                .when(respond(WARNING), ACTOR)
                .expectEvents(new WarningResponseRecorded(ID, WARNING, WarningResponse.COMPLIED, "Post removed"));
    }

    @Test
    void responseNeedsAWarningThatExistsOnThisCase() {
        fixture.given(logged(), triaged(), warned(WARNING, PARENT))
                .when(respond(OTHER_WARNING), ACTOR)
                .expectException(IncidentRuleViolation.class)
                .expectExceptionMessage(IncidentRule.NO_SUCH_WARNING.sentence())
                .expectNoEvents();
    }

    @Test
    void aWarningHasOneResponse() {
        fixture.given(logged(), triaged(), warned(WARNING, PARENT),
                        new WarningResponseRecorded(ID, WARNING, WarningResponse.REFUSED, "Will not remove it"))
                .when(respond(WARNING), ACTOR)
                .expectException(IncidentRuleViolation.class)
                .expectExceptionMessage("A response to this warning has already been recorded.")
                .expectNoEvents();
    }

    @Test
    void anAnsweredWarningDoesNotBlockTheResponseToAnother() {
        fixture.given(logged(), triaged(), warned(WARNING, PARENT), warned(OTHER_WARNING, PARENT),
                        new WarningResponseRecorded(ID, WARNING, WarningResponse.REFUSED, "Will not remove it"))
                .when(respond(OTHER_WARNING), ACTOR)
                .expectEvents(new WarningResponseRecorded(ID, OTHER_WARNING, WarningResponse.COMPLIED, "Post removed"));
    }

    @Test
    void policeEscalationCanComeBeforeTriageWhenAChildIsAtRisk() {
        fixture.given(logged())
                .when(escalate(), ACTOR)
                .expectEvents(escalated());
    }

    @Test
    void caseIsEscalatedToThePoliceOnlyOnce() {
        fixture.given(logged(), triaged(), escalated())
                .when(escalate(), ACTOR)
                .expectException(IncidentRuleViolation.class)
                .expectExceptionMessage("This case has already been escalated to the police; record an update instead.")
                .expectNoEvents();
    }

    @Test
    void escalationSurvivesClosingAndReopening() {
        fixture.given(logged(), triaged(), escalated(), closed(), reopened())
                .when(escalate(), ACTOR)
                .expectException(IncidentRuleViolation.class)
                .expectExceptionMessage(IncidentRule.ALREADY_ESCALATED_TO_POLICE.sentence())
                .expectNoEvents();
    }

    @Test
    void policeUpdateNeedsAPriorEscalation() {
        fixture.given(logged(), triaged())
                .when(new RecordPoliceUpdate(ID, "update-1", "No further action", "Closed by police", "CR-1"), ACTOR)
                .expectException(IncidentRuleViolation.class)
                .expectExceptionMessage("This case has not been escalated to the police; escalate it before recording a police update.")
                .expectNoEvents();
    }

    @Test
    void policeUpdateIsRecordedOnAnEscalatedCase() {
        fixture.given(logged(), triaged(), escalated())
                .when(new RecordPoliceUpdate(ID, "update-1", "No further action", "Closed by police", "CR-1"), ACTOR)
                .expectEvents(new PoliceUpdateRecorded(ID, "update-1", "No further action", "Closed by police", "CR-1"));
    }

    @Test
    void evidenceCarriesTheSha256OfTheFile() {
        String upper = SHA.toUpperCase();
        fixture.given(logged(), triaged())
                .when(evidence(upper), ACTOR)
                .expectEvents(new EvidenceRecorded(ID, "evidence-1", "Screenshot of the post", upper, OCCURRED,
                        "https://example.org/post/1"));
    }

    @Test
    void aFileTidemarkKeepsIsRecordedWithItsNameSizeAndType() {
        EvidenceFile file = new EvidenceFile("IMG_0042.PNG", 48_213, "image/png");
        fixture.given(logged())
                .when(new RecordEvidence(ID, "evidence-1", "Screenshot of the post", SHA, OCCURRED, null, file), ACTOR)
                .expectEvents(new EvidenceRecorded(ID, "evidence-1", "Screenshot of the post", SHA, OCCURRED, null,
                        file));
    }

    @Test
    void aFileWithoutItsNameSizeOrTypeIsRefused() {
        for (EvidenceFile incomplete : List.of(new EvidenceFile(" ", 10, "image/png"),
                new EvidenceFile("a.png", 0, "image/png"), new EvidenceFile("a.png", 10, null))) {
            fixture.given(logged())
                    .when(new RecordEvidence(ID, "evidence-1", "Screenshot", SHA, OCCURRED, null, incomplete), ACTOR)
                    .expectException(IncidentRuleViolation.class)
                    .expectExceptionMessage("The file's name, size and type must all be given.")
                    .expectNoEvents();
        }
    }

    @Test
    void evidenceWithAShortHashIsRefused() {
        assertEvidenceRefused(SHA.substring(1));
    }

    @Test
    void evidenceWithALongHashIsRefused() {
        assertEvidenceRefused(SHA + "0");
    }

    @Test
    void evidenceWithANonHexHashIsRefused() {
        assertEvidenceRefused("g" + SHA.substring(1));
    }

    @Test
    void evidenceWithoutAHashIsRefused() {
        assertEvidenceRefused(null);
    }

    private void assertEvidenceRefused(String sha256) {
        fixture.given(logged(), triaged())
                .when(evidence(sha256), ACTOR)
                .expectException(IncidentRuleViolation.class)
                .expectExceptionMessage("The evidence fingerprint must be the file's SHA-256: 64 characters, using only 0-9 and a-f.")
                .expectNoEvents();
    }
}
