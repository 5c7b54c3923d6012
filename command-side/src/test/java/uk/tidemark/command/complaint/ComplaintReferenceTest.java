package uk.tidemark.command.complaint;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.tidemark.command.References;
import uk.tidemark.kernel.complaint.command.AssignComplaintReference;
import uk.tidemark.kernel.complaint.event.ComplaintReceived;
import uk.tidemark.kernel.complaint.event.ComplaintReferenceAssigned;

import static uk.tidemark.command.complaint.ComplaintFixtures.*;

/** Every complaint has a short reference (decision 0038): received with one, or given one once if received before. */
class ComplaintReferenceTest {

    private AggregateTestFixture<ComplaintAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    @Test
    void aWithdrawnComplaintReceivedBeforeReferencesIsGivenOne() {
        fixture.given(unreferenced(), withdrawn())
                .when(new AssignComplaintReference(ID), ACTOR)
                .expectEvents(new ComplaintReferenceAssigned(ID, References.REFERENCE));
    }

    @Test
    void aComplaintWithAReferenceKeepsIt() {
        fixture.given(received(), closed())
                .when(new AssignComplaintReference(ID), ACTOR)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.given(unreferenced(), new ComplaintReferenceAssigned(ID, "SO-25-0001"))
                .when(new AssignComplaintReference(ID), ACTOR)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    /** As a complaint was received before decision 0038. */
    private static ComplaintReceived unreferenced() {
        ComplaintReceived now = received();
        return new ComplaintReceived(now.complaintId(), now.settingId(), now.channel(), now.complainant(),
                now.summary(), now.linkedIncidentId(), now.acknowledgeBy(), now.receivedBy());
    }
}
