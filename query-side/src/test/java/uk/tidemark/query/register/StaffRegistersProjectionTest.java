package uk.tidemark.query.register;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.tidemark.kernel.declaration.*;
import uk.tidemark.kernel.declaration.event.*;
import uk.tidemark.kernel.declaration.query.DeclarationView;
import uk.tidemark.kernel.declaration.query.FindDeclaration;
import uk.tidemark.kernel.declaration.query.FindDeclarations;
import uk.tidemark.kernel.incident.Category;
import uk.tidemark.kernel.incident.IncidentId;
import uk.tidemark.kernel.incident.Platform;
import uk.tidemark.kernel.lowlevel.LowLevelConcernsId;
import uk.tidemark.kernel.lowlevel.LowLevelConcernsState;
import uk.tidemark.kernel.lowlevel.ReviewOutcome;
import uk.tidemark.kernel.lowlevel.event.*;
import uk.tidemark.kernel.lowlevel.query.FindLowLevelConcerns;
import uk.tidemark.kernel.lowlevel.query.FindLowLevelConcernsRecord;
import uk.tidemark.kernel.lowlevel.query.LowLevelConcernsView;
import uk.tidemark.query.Stream;
import uk.tidemark.query.TestStore;
import uk.tidemark.query.register.declaration.DeclarationProjection;
import uk.tidemark.query.register.declaration.DeclarationQueries;
import uk.tidemark.query.register.lowlevel.LowLevelConcernsProjection;
import uk.tidemark.query.register.lowlevel.LowLevelConcernsQueries;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The declarations and low-level concerns read models: what they keep, that every event delivered twice changes
 * nothing (at-least-once delivery), who each list answers for, and that a reset empties them.
 */
class StaffRegistersProjectionTest {

    private static final Instant START = Instant.parse("2026-05-04T09:00:00Z");
    private final TestStore store = new TestStore();
    private final DeclarationProjection declarations = store.projection(DeclarationProjection::new);
    private final LowLevelConcernsProjection concerns = store.projection(LowLevelConcernsProjection::new);

    StaffRegistersProjectionTest() {
        store.queries(DeclarationQueries::new);
        store.queries(LowLevelConcernsQueries::new);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aDeclarationKeepsItsStoryOnceHoweverOftenEachEventArrives() {
        DeclarationId id = DeclarationId.of("d-1");
        Stream s = new Stream("DeclarationAggregate", "d-1", START)
                .then("teacher", new DeclarationMade(id, "school-1", "teacher", "Tess Teacher", DeclarationKind.CONTACT,
                        new Contact(ContactFrom.PUPIL, "Pupil K", ContactKind.MESSAGE, Platform.SNAPCHAT,
                                LocalDate.parse("2026-05-03"), "Did not reply"), null, null, null))
                .then("dsl", new DeclarationNoted(id, "Spoke to Tess"))
                .then("dsl", new DeclarationIncidentLogged(id, IncidentId.of("inc-9")));
        List<org.axonframework.eventhandling.DomainEventMessage<?>> twice = new ArrayList<>();
        s.messages().forEach(m -> {
            twice.add(m);
            twice.add(m);
        });
        store.deliverAll(twice);
        DeclarationView d = store.ask(new FindDeclaration(id), ResponseTypes.optionalInstanceOf(DeclarationView.class))
                .orElseThrow();
        assertThat(d.state()).isEqualTo(DeclarationState.INCIDENT_LOGGED);
        assertThat(d.note()).isEqualTo("Spoke to Tess");
        assertThat(d.notedBy()).isEqualTo("dsl");
        assertThat(d.incidentId()).isEqualTo("inc-9");
        assertThat(d.summary()).isEqualTo("Contact declared by Tess Teacher");
        assertThat(d.version()).isEqualTo(2);
        assertThat(store.raw(RegisterProjections.DECLARATIONS).get(0).getList("history", Object.class)).hasSize(3);

        assertThat(store.ask(new FindDeclarations("teacher", Set.of()),
                ResponseTypes.multipleInstancesOf(DeclarationView.class))).hasSize(1);
        assertThat(store.ask(new FindDeclarations("someone", Set.of("school-1")),
                ResponseTypes.multipleInstancesOf(DeclarationView.class))).hasSize(1);
        assertThat(store.ask(new FindDeclarations("someone", Set.of("school-2")),
                ResponseTypes.multipleInstancesOf(DeclarationView.class))).isEmpty();
        declarations.reset();
        assertThat(store.raw(RegisterProjections.DECLARATIONS)).isEmpty();
    }

    @Test
    void aLowLevelConcernsRecordCountsEachConcernOnceAndIsNeverListedToItsMemberOfStaff() {
        LowLevelConcernsId id = LowLevelConcernsId.of("school-1", "sam", "Sam Teacher");
        Stream s = new Stream("LowLevelConcernsAggregate", id.value(), START)
                .then("dsl", new LowLevelConcernsOpened(id, "school-1", "Sam Teacher", "sam", "dsl"))
                .then("dsl", new LowLevelConcernRecorded(id, "inc-1", "RP-26-0001", Category.STAFF_MISUSE,
                        LocalDate.parse("2026-05-01"), "Liked a pupil's posts"))
                .then("dsl", new LowLevelConcernRecorded(id, "inc-2", "RP-26-0002", Category.STAFF_MISUSE,
                        LocalDate.parse("2026-05-02"), "Followed a pupil"))
                .then("dsl", new LowLevelConcernWithdrawn(id, "inc-1"))
                .then("dsl", new LowLevelConcernReviewPrompted(id, 3, LocalDate.parse("2026-05-11"), "head"))
                .then("head", new LowLevelConcernReviewRecorded(id, ReviewOutcome.NO_FURTHER_ACTION, "Fine"));
        List<org.axonframework.eventhandling.DomainEventMessage<?>> twice = new ArrayList<>();
        s.messages().forEach(m -> {
            twice.add(m);
            twice.add(m);
        });
        store.deliverAll(twice);
        LowLevelConcernsView r = store.ask(new FindLowLevelConcernsRecord(id),
                ResponseTypes.optionalInstanceOf(LowLevelConcernsView.class)).orElseThrow();
        assertThat(r.concerns()).extracting(LowLevelConcernsView.Concern::incidentId).containsExactly("inc-2");
        assertThat(r.state()).isEqualTo(LowLevelConcernsState.NO_REVIEW_DUE);
        assertThat(r.reviewBy()).isNull();
        assertThat(r.reviews()).hasSize(1);
        assertThat(r.summary()).isEqualTo("Low-level concerns about Sam Teacher");

        assertThat(store.ask(new FindLowLevelConcerns(Set.of("school-1"), "head"),
                ResponseTypes.multipleInstancesOf(LowLevelConcernsView.class))).hasSize(1);
        assertThat(store.ask(new FindLowLevelConcerns(Set.of("school-1"), "sam"),
                ResponseTypes.multipleInstancesOf(LowLevelConcernsView.class))).isEmpty();
        assertThat(store.ask(new FindLowLevelConcerns(Set.of("school-2"), "head"),
                ResponseTypes.multipleInstancesOf(LowLevelConcernsView.class))).isEmpty();
        concerns.reset();
        assertThat(store.raw(RegisterProjections.LOW_LEVEL_CONCERNS)).isEmpty();
    }
}
