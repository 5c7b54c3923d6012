package uk.tidemark.command.incident;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.tidemark.command.DeadlineEvents;
import uk.tidemark.kernel.CaseType;
import uk.tidemark.kernel.incident.*;
import uk.tidemark.kernel.incident.command.*;
import uk.tidemark.kernel.incident.event.*;

import java.util.Map;

import static uk.tidemark.command.incident.IncidentFixtures.*;
import static uk.tidemark.kernel.deadline.DeadlineKind.FIRST_RESPONSE;

/**
 * A case sent on with a pupil's record transfer (decision 0055): within the trust it moves to the receiving setting,
 * whose leads answer for its deadlines from then on; to a school outside Tidemark it stays, marked, and is not sent
 * out twice.
 */
class IncidentTransferTest {

    static final String TRANSFER = "transfer-1";
    static final DeadlineEvents MOVED = new DeadlineEvents(CaseType.INCIDENT, "incident-1", "setting-2");

    private AggregateTestFixture<IncidentAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    @Test
    void aCaseSentWithinTheTrustMovesToTheReceivingSetting() {
        fixture.givenCurrentTime(NOW).andGiven(logged(), triaged())
                .when(new TransferIncident(ID, TRANSFER, "setting-2", "Birch Academy", null), ACTOR)
                .expectSuccessfulHandlerExecution()
                .expectEvents(new IncidentTransferred(ID, "setting-1", "setting-2", "Birch Academy", null, TRANSFER));
    }

    @Test
    void aMovedCasesDeadlinesFallToTheReceivingSettingsLeads() {
        fixture.givenCurrentTime(NOW).andGivenCommands(
                        GenericCommandMessage.asCommandMessage(log(PUPIL_AND_PARENT)).andMetaData(ACTOR),
                        GenericCommandMessage.asCommandMessage(new AssignIncident(ID, "deputy", "On duty"))
                                .andMetaData(ACTOR),
                        GenericCommandMessage.asCommandMessage(new TransferIncident(ID, TRANSFER, "setting-2",
                                "Birch Academy", null)).andMetaData(ACTOR))
                .whenTimeAdvancesTo(FIRST_RESPONSE_DUE)
                .expectEvents(MOVED.missed(FIRST_RESPONSE, "1", FIRST_RESPONSE_DUE, null));
    }

    @Test
    void aCaseSentToAnOutsideSchoolStaysAndIsNotSentOutTwice() {
        fixture.givenCurrentTime(NOW).andGiven(logged())
                .when(new TransferIncident(ID, TRANSFER, null, null, " Oak Lane Primary "), ACTOR)
                .expectEvents(new IncidentTransferred(ID, "setting-1", null, null, "Oak Lane Primary", TRANSFER));
        fixture.givenCurrentTime(NOW).andGiven(logged(),
                        new IncidentTransferred(ID, "setting-1", null, null, "Oak Lane Primary", TRANSFER))
                .when(new TransferIncident(ID, "transfer-2", null, null, "Elm High"), ACTOR)
                .expectException(RuntimeException.class)
                .expectExceptionMessage(IncidentTransfer.ALREADY_SENT_OUT).expectNoEvents();
    }

    @Test
    void aCaseIsNotSentToItsOwnSettingNorWithoutADestination() {
        fixture.givenCurrentTime(NOW).andGiven(logged())
                .when(new TransferIncident(ID, TRANSFER, "setting-1", "Alder School", null), ACTOR)
                .expectExceptionMessage(IncidentTransfer.ALREADY_HERE).expectNoEvents();
        fixture.givenCurrentTime(NOW).andGiven(logged(),
                        new IncidentTransferred(ID, "setting-1", "setting-2", "Birch Academy", null, TRANSFER))
                .when(new TransferIncident(ID, "transfer-2", "setting-2", "Birch Academy", null), ACTOR)
                .expectExceptionMessage(IncidentTransfer.ALREADY_HERE).expectNoEvents();
        fixture.givenCurrentTime(NOW).andGiven(logged())
                .when(new TransferIncident(ID, TRANSFER, "setting-2", "Birch Academy", "Elm High"), ACTOR)
                .expectExceptionMessage(IncidentTransfer.NAME_THE_TRANSFER).expectNoEvents();
        fixture.givenCurrentTime(NOW).andGiven(logged())
                .when(new TransferIncident(ID, " ", "setting-2", "Birch Academy", null), ACTOR)
                .expectExceptionMessage(IncidentTransfer.NAME_THE_TRANSFER).expectNoEvents();
    }

    @Test
    void aMovedCaseCanBeSentOnAgainFromItsNewSetting() {
        fixture.givenCurrentTime(NOW).andGiven(logged(),
                        new IncidentTransferred(ID, "setting-1", "setting-2", "Birch Academy", null, TRANSFER))
                .when(new TransferIncident(ID, "transfer-2", "setting-1", "Alder School", null), ACTOR)
                .expectEvents(new IncidentTransferred(ID, "setting-2", "setting-1", "Alder School", null,
                        "transfer-2"));
    }

    @Test
    void anErasedCaseIsNotSent() {
        fixture.givenCurrentTime(NOW).andGiven(logged(), triaged(), closed(),
                        new IncidentContentDestroyed(ID, uk.tidemark.kernel.ErasureGround.RETENTION_SCHEDULE))
                .when(new TransferIncident(ID, TRANSFER, "setting-2", "Birch Academy", null), ACTOR)
                .expectException(IncidentRuleViolation.class).expectNoEvents();
    }

    @Test
    void withoutAnActorNothingIsSent() {
        fixture.givenCurrentTime(NOW).andGiven(logged())
                .when(new TransferIncident(ID, TRANSFER, "setting-2", "Birch Academy", null), Map.of())
                .expectExceptionMessage(IncidentRule.ACTOR_REQUIRED.sentence()).expectNoEvents();
    }
}
