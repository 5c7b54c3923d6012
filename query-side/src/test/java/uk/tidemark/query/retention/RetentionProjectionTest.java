package uk.tidemark.query.retention;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.tidemark.kernel.ErasureGround;
import uk.tidemark.kernel.Meta;
import uk.tidemark.kernel.incident.IncidentId;
import uk.tidemark.kernel.incident.RetentionRule;
import uk.tidemark.kernel.incident.event.*;
import uk.tidemark.kernel.incident.query.FindIncidentRetention;
import uk.tidemark.kernel.incident.query.IncidentRetention;
import uk.tidemark.query.TestStore;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Where a case stands in the retention schedule, fed its events and read back (decision 0052). */
class RetentionProjectionTest {

    private static final IncidentId ID = IncidentId.of("incident-1");
    private static final Instant AT = Instant.parse("2033-03-12T10:00:00Z");
    private final TestStore store = new TestStore();
    private long seq;

    @AfterEach
    void close() {
        store.close();
    }

    private void deliver(Object event, String actor) {
        store.deliver(new GenericDomainEventMessage<>("Incident", ID.value(), seq++, event,
                MetaData.with(Meta.ACTOR, actor), java.util.UUID.randomUUID().toString(), AT));
    }

    private IncidentRetention read() {
        return store.ask(new FindIncidentRetention(ID), ResponseTypes.instanceOf(IncidentRetention.class));
    }

    @Test
    void theReviewAHoldARequestAndTheErasureAreReadBack() {
        store.projection(RetentionProjection::new);
        store.queries(RetentionProjection::new);
        assertThat(read()).as("an open case has none").isNull();

        deliver(new RetentionScheduled(ID, RetentionRule.CHILD_PROTECTION, LocalDate.of(2051, 3, 4)), "dsl");
        deliver(new LegalHoldPlaced(ID, "Police investigation"), "dsl");
        IncidentRetention held = read();
        assertThat(held.reviewOn()).isEqualTo(LocalDate.of(2051, 3, 4));
        assertThat(held.rule()).isEqualTo(RetentionRule.CHILD_PROTECTION);
        assertThat(held.hold().reason()).isEqualTo("Police investigation");
        assertThat(held.hold().by()).isEqualTo("dsl");

        deliver(new LegalHoldLifted(ID, "Closed"), "dsl");
        deliver(new RetentionExtended(ID, LocalDate.of(2060, 1, 5), "Retirement date"), "head");
        deliver(new DestructionRequested(ID, ErasureGround.ERASURE_REQUEST, "Accepted request", "dsl"), "dsl");
        IncidentRetention asked = read();
        assertThat(asked.hold()).isNull();
        assertThat(asked.reviewOn()).isEqualTo(LocalDate.of(2060, 1, 5));
        assertThat(asked.extension().by()).isEqualTo("head");
        assertThat(asked.request().ground()).isEqualTo(ErasureGround.ERASURE_REQUEST);
        assertThat(asked.erased()).isFalse();

        deliver(new IncidentContentDestroyed(ID, ErasureGround.ERASURE_REQUEST), "deputy");
        IncidentRetention erased = read();
        assertThat(erased.erasedOn()).isEqualTo(LocalDate.of(2033, 3, 12));
        assertThat(erased.erasedUnder()).isEqualTo(ErasureGround.ERASURE_REQUEST);
        assertThat(erased.request()).isNull();
    }

    @Test
    void aRedeliveredEventChangesNothingAndAReopenForgetsTheReview() {
        store.projection(RetentionProjection::new);
        store.queries(RetentionProjection::new);
        deliver(new RetentionScheduled(ID, RetentionRule.ONLINE_SAFETY, LocalDate.of(2031, 3, 4)), "dsl");
        deliver(new DestructionRequested(ID, ErasureGround.RETENTION_SCHEDULE, "Ended", "dsl"), "dsl");
        seq = 0; // the first event again
        deliver(new RetentionScheduled(ID, RetentionRule.CHILD_PROTECTION, LocalDate.of(2050, 3, 4)), "dsl");
        assertThat(read().rule()).isEqualTo(RetentionRule.ONLINE_SAFETY);
        seq = 2;
        deliver(new IncidentReopened(ID, "More posts"), "dsl");
        assertThat(read().reviewOn()).isNull();
        assertThat(read().request()).isNull();
    }
}
