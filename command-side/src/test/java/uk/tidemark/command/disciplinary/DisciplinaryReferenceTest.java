package uk.tidemark.command.disciplinary;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.tidemark.command.References;
import uk.tidemark.kernel.disciplinary.command.AssignDisciplinaryCaseReference;
import uk.tidemark.kernel.disciplinary.event.DisciplinaryCaseClosed;
import uk.tidemark.kernel.disciplinary.event.DisciplinaryCaseOpened;
import uk.tidemark.kernel.disciplinary.event.DisciplinaryCaseReferenceAssigned;

import static uk.tidemark.command.disciplinary.DisciplinaryFixtures.*;

/** Every HR case has a short reference (decision 0038): opened with one, or given one once if opened before. */
class DisciplinaryReferenceTest {

    private AggregateTestFixture<DisciplinaryCaseAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    @Test
    void aCaseIsOpenedWithTheReferenceAllocatedForItsSetting() {
        fixture.givenNoPriorActivity()
                .when(open(false, false), ACTOR)
                .expectEvents(opened(false, false));
    }

    @Test
    void aClosedCaseOpenedBeforeReferencesIsGivenOne() {
        fixture.given(unreferenced(), new DisciplinaryCaseClosed(ID, "Concluded"))
                .when(new AssignDisciplinaryCaseReference(ID), ACTOR)
                .expectEvents(new DisciplinaryCaseReferenceAssigned(ID, References.REFERENCE));
    }

    @Test
    void aCaseWithAReferenceKeepsIt() {
        fixture.given(opened(false, false))
                .when(new AssignDisciplinaryCaseReference(ID), ACTOR)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.given(unreferenced(), new DisciplinaryCaseReferenceAssigned(ID, "SO-25-0001"))
                .when(new AssignDisciplinaryCaseReference(ID), ACTOR)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    /** As a case was opened before decision 0038. */
    private static DisciplinaryCaseOpened unreferenced() {
        DisciplinaryCaseOpened now = opened(false, false);
        return new DisciplinaryCaseOpened(now.caseId(), now.settingId(), now.employeeName(), now.employeePersonId(),
                now.isTeacher(), now.concernsHarmToChildren(), now.allegation(), now.linkedIncidentId(),
                now.openedBy());
    }
}
