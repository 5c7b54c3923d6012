package uk.tidemark.command.incident;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import uk.tidemark.command.versioning.MetadataVersionTargetResolver;
import uk.tidemark.command.versioning.VersioningConfig;
import uk.tidemark.kernel.incident.command.AddNote;
import uk.tidemark.kernel.incident.event.NoteAdded;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.tidemark.command.incident.IncidentFixtures.*;

/** A stale If-Match (the expectedVersion metadata) must fail as a concurrent change; a fresh one must pass. */
class MetadataVersionTargetResolverTest {

    private static final AddNote NOTE = new AddNote(ID, "note-1", "Spoke to the parent");

    private AggregateTestFixture<IncidentAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
        fixture.registerCommandTargetResolver(new MetadataVersionTargetResolver());
    }

    /** Two events, so the case is at version 1 (Axon counts from 0). */
    private static Map<String, Object> asOfVersion(Object version) {
        return Map.of("actor", "dsl", "expectedVersion", version);
    }

    @Test
    void aStaleExpectedVersionIsAConcurrentChange() {
        fixture.given(logged(), triaged())
                .when(NOTE, asOfVersion(0L))
                .expectException(ConflictingAggregateVersionException.class);
    }

    @Test
    void anExpectedVersionAheadOfTheCaseIsAlsoAConflict() {
        fixture.given(logged(), triaged())
                .when(NOTE, asOfVersion(5L))
                .expectException(ConflictingAggregateVersionException.class);
    }

    @Test
    void theCurrentVersionIsAccepted() {
        fixture.given(logged(), triaged())
                .when(NOTE, asOfVersion(1L))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new NoteAdded(ID, "note-1", "Spoke to the parent"));
    }

    @Test
    void theCurrentVersionIsAcceptedAsText() {
        fixture.given(logged(), triaged())
                .when(NOTE, asOfVersion("1"))
                .expectEvents(new NoteAdded(ID, "note-1", "Spoke to the parent"));
    }

    @Test
    void aStaleVersionAsTextIsAConflictToo() {
        fixture.given(logged(), triaged())
                .when(NOTE, asOfVersion("0"))
                .expectException(ConflictingAggregateVersionException.class);
    }

    @Test
    void withoutAnExpectedVersionThereIsNoCheck() {
        fixture.given(logged(), triaged())
                .when(NOTE, ACTOR)
                .expectEvents(new NoteAdded(ID, "note-1", "Spoke to the parent"));
    }

    @Test
    void resolvesTheCaseFromTheCommandAndTheVersionFromMetadata() {
        VersionedAggregateIdentifier target = new MetadataVersionTargetResolver()
                .resolveTarget(GenericCommandMessage.asCommandMessage(NOTE).withMetaData(asOfVersion(7)));
        assertThat(target.getIdentifier()).isEqualTo("incident-1");
        assertThat(target.getVersion()).isEqualTo(7L);
    }

    @Test
    void noExpectedVersionResolvesToNoVersion() {
        VersionedAggregateIdentifier target = new MetadataVersionTargetResolver()
                .resolveTarget(GenericCommandMessage.asCommandMessage(NOTE).withMetaData(ACTOR));
        assertThat(target.getIdentifier()).isEqualTo("incident-1");
        assertThat(target.getVersion()).isNull();
    }

    @Test
    void anExpectedVersionThatIsNotAWholeNumberIsAnError() {
        assertThatThrownBy(() -> MetadataVersionTargetResolver.expectedVersion("W/\"3\""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("whole number");
        assertThatThrownBy(() -> MetadataVersionTargetResolver.expectedVersion(1.5d))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theResolverIsTheBeanEveryAggregateNames() throws ClassNotFoundException {
        try (var context = new AnnotationConfigApplicationContext(VersioningConfig.class)) {
            assertThat(context.getBean(VersioningConfig.TARGET_RESOLVER, CommandTargetResolver.class))
                    .isInstanceOf(MetadataVersionTargetResolver.class);
        }
        for (String name : List.of("uk.tidemark.command.incident.IncidentAggregate",
                "uk.tidemark.command.complaint.ComplaintAggregate",
                "uk.tidemark.command.disciplinary.DisciplinaryCaseAggregate")) {
            Class<?> type = Class.forName(name); // package-private aggregates of other packages
            assertThat(type.getAnnotation(org.axonframework.spring.stereotype.Aggregate.class).commandTargetResolver())
                    .as(type.getSimpleName()).isEqualTo(VersioningConfig.TARGET_RESOLVER);
        }
    }
}
