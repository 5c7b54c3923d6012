package uk.tidemark.command.disciplinary;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.tidemark.command.References;
import uk.tidemark.kernel.SubjectOfCaseException;
import uk.tidemark.kernel.disciplinary.command.AppointInvestigator;
import uk.tidemark.kernel.disciplinary.command.OpenDisciplinaryCase;
import uk.tidemark.kernel.disciplinary.command.RecordResignation;
import uk.tidemark.kernel.disciplinary.event.DisciplinaryCaseOpened;
import uk.tidemark.kernel.disciplinary.event.InvestigatorAppointed;

import java.time.LocalDate;
import java.util.Map;

import static uk.tidemark.command.disciplinary.DisciplinaryFixtures.*;

/** An employee linked to their Tidemark account neither opens nor acts on their own case; everyone else may. */
class DisciplinaryConflictOfInterestTest {

    private static final String ALLEGATION = "Posted about a parent on a personal account";
    private static final OpenDisciplinaryCase ABOUT_THE_HEAD = new OpenDisciplinaryCase(ID, "setting-1", "Hana Head",
            EMPLOYEE, true, false, ALLEGATION, null, "head");
    private static final DisciplinaryCaseOpened OPENED_ABOUT_THE_HEAD = new DisciplinaryCaseOpened(ID, "setting-1",
            "Hana Head", EMPLOYEE, true, false, ALLEGATION, null, "hr", "head", References.REFERENCE);

    private AggregateTestFixture<DisciplinaryCaseAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    @Test
    void hrOpensACaseAboutTheHeadteacherAndTheEventNamesTheirAccount() {
        fixture.givenNoPriorActivity()
                .when(ABOUT_THE_HEAD, ACTOR)
                .expectSuccessfulHandlerExecution()
                .expectEvents(OPENED_ABOUT_THE_HEAD);
    }

    @Test
    void nobodyOpensACaseAboutThemselves() {
        fixture.givenNoPriorActivity()
                .when(ABOUT_THE_HEAD, Map.of("actor", "head"))
                .expectException(SubjectOfCaseException.class)
                .expectNoEvents();
    }

    @Test
    void theEmployeeCannotActOnTheirOwnCase() {
        fixture.given(OPENED_ABOUT_THE_HEAD)
                .when(new AppointInvestigator(ID, "A friend"), Map.of("actor", "head"))
                .expectException(SubjectOfCaseException.class)
                .expectNoEvents();
    }

    /** A command one of the case's parts handles passes the case's own check first. */
    @Test
    void theEmployeeCannotActOnTheirOwnCaseThroughOneOfItsParts() {
        fixture.given(OPENED_ABOUT_THE_HEAD)
                .when(new RecordResignation(ID, LocalDate.of(2026, 3, 31)), Map.of("actor", "head"))
                .expectException(SubjectOfCaseException.class)
                .expectNoEvents();
    }

    @Test
    void hrActsOnTheCaseAsUsual() {
        fixture.given(OPENED_ABOUT_THE_HEAD)
                .when(new AppointInvestigator(ID, "Ivy Investigator"), ACTOR)
                .expectSuccessfulHandlerExecution()
                .expectEvents(new InvestigatorAppointed(ID, "Ivy Investigator"));
    }

    @Test
    void anEventStoredBeforeTheFieldExistedReadsAsNoAccount() {
        fixture.given(opened(false, false))
                .when(new AppointInvestigator(ID, "Ivy Investigator"), Map.of("actor", "head"))
                .expectSuccessfulHandlerExecution();
    }
}
