package uk.tidemark.command.disciplinary;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.tidemark.kernel.disciplinary.command.RecordDisciplinaryLetterSent;
import uk.tidemark.kernel.disciplinary.event.DisciplinaryLetterSent;
import uk.tidemark.kernel.letter.LetterKind;

import static uk.tidemark.command.disciplinary.DisciplinaryFixtures.*;
import static uk.tidemark.kernel.disciplinary.DisciplinaryStage.*;

/** Decision 0049: a letter is recorded as sent once what it tells has happened, and only an HR case's letters. */
class DisciplinaryLetterRulesTest {

    private AggregateTestFixture<DisciplinaryCaseAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    @Test
    void theHearingInvitationIsSentOnceTheEmployeeIsInvited() {
        fixture.given(historyTo(INVESTIGATION))
                .when(new RecordDisciplinaryLetterSent(ID, LetterKind.HEARING_INVITATION, "abc"), ACTOR)
                .expectException(DisciplinaryRuleViolation.class)
                .expectExceptionMessage("Invite the employee to the hearing before sending the invitation letter.")
                .expectNoEvents();
        fixture.given(historyTo(HEARING_ARRANGED))
                .when(new RecordDisciplinaryLetterSent(ID, LetterKind.HEARING_INVITATION, "abc"), ACTOR)
                .expectEvents(new DisciplinaryLetterSent(ID, LetterKind.HEARING_INVITATION, "abc"));
    }

    @Test
    void theOutcomeLetterWaitsForTheOutcomeAndAComplaintLetterIsNotAnHrCasesLetter() {
        fixture.given(historyTo(HEARING_HELD))
                .when(new RecordDisciplinaryLetterSent(ID, LetterKind.DISCIPLINARY_OUTCOME, "abc"), ACTOR)
                .expectExceptionMessage("Decide the outcome before sending the outcome letter.");
        fixture.given(historyTo(OUTCOME))
                .when(new RecordDisciplinaryLetterSent(ID, LetterKind.APPEAL_OUTCOME, "abc"), ACTOR)
                .expectExceptionMessage("Decide the appeal before sending the appeal outcome letter.");
        fixture.given(historyTo(OUTCOME))
                .when(new RecordDisciplinaryLetterSent(ID, LetterKind.COMPLAINT_RESPONSE, "abc"), ACTOR)
                .expectExceptionMessage("This is not a letter of an HR case.");
    }
}
