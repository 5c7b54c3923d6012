package uk.tidemark.command.incident;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.tidemark.command.References;
import uk.tidemark.command.deadline.WorkingCalendars;
import uk.tidemark.command.reference.CaseReferences;
import uk.tidemark.kernel.incident.Category;
import uk.tidemark.kernel.incident.Platform;
import uk.tidemark.kernel.incident.command.AssignIncidentReference;
import uk.tidemark.kernel.incident.command.LogIncident;
import uk.tidemark.kernel.incident.event.IncidentReferenceAssigned;
import uk.tidemark.kernel.incident.event.IncidentLogged;

import uk.tidemark.kernel.Meta;

import java.time.Instant;
import java.util.Map;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.command.incident.IncidentFixtures.*;
import static uk.tidemark.kernel.deadline.DeadlineKind.FIRST_RESPONSE;

/** Every case has a short reference (decision 0038): logged with one, or given one once if logged before. */
class IncidentReferenceTest {

    /** The instants the counter was asked about, in order. */
    private final List<Instant> asked = new ArrayList<>();
    private AggregateTestFixture<IncidentAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(IncidentAggregate.class);
        fixture.registerInjectableResource(WorkingCalendars.shipped());
        fixture.registerInjectableResource(IncidentTimescales.DEFAULT);
        fixture.registerInjectableResource((CaseReferences) (settingId, at) -> {
            asked.add(at);
            return References.FIXED.allocate(settingId, at);
        });
    }

    @Test
    void aLoggedCaseCarriesTheReferenceAllocatedForItsSettingAtTheTimeItWasLogged() {
        fixture.givenCurrentTime(NOW)
                .when(log(PUPIL_AND_PARENT), ACTOR)
                .expectEvents(logged(), DEADLINES.set(FIRST_RESPONSE, IncidentAggregate.ONLY, FIRST_RESPONSE_DUE, null));
        assertThat(logged().reference()).isEqualTo(References.REFERENCE);
        assertThat(asked).containsExactly(NOW);
    }

    @Test
    void aCaseSentWithItsReferenceKeepsThatOneAndCountsNothingMore() {
        fixture.givenCurrentTime(NOW)
                .when(log(PUPIL_AND_PARENT), Map.of("actor", "dsl", Meta.REFERENCE, "SO-26-0007"))
                .expectEvents(withReference("SO-26-0007"),
                        DEADLINES.set(FIRST_RESPONSE, IncidentAggregate.ONLY, FIRST_RESPONSE_DUE, null));
        assertThat(asked).isEmpty();
    }

    @Test
    void aCaseOfASettingTheCounterDoesNotKnowIsLoggedWithoutAReference() {
        fixture.givenCurrentTime(NOW)
                .when(new LogIncident(ID, "setting-unknown", Category.OTHER, Platform.OTHER, OCCURRED, "Seen",
                        List.of(), PUPIL_AND_PARENT, false), ACTOR)
                .expectSuccessfulHandlerExecution();
        assertThat(fixture.getEventStore().readEvents(ID.value()).asStream()
                .map(e -> e.getPayload()).filter(IncidentLogged.class::isInstance)
                .map(e -> ((IncidentLogged) e).reference())).containsExactly((String) null);
    }

    @Test
    void aCaseLoggedBeforeReferencesIsGivenOneCountedInTheYearItWasLogged() {
        Instant loggedLongAgo = Instant.parse("2024-12-31T23:30:00Z");
        fixture.givenCurrentTime(loggedLongAgo).andGiven(unreferenced()).andGivenCurrentTime(NOW)
                .when(new AssignIncidentReference(ID), ACTOR)
                .expectEvents(new IncidentReferenceAssigned(ID, References.REFERENCE));
        assertThat(asked).containsExactly(loggedLongAgo);
    }

    @Test
    void aClosedCaseLoggedBeforeReferencesIsGivenOneToo() {
        fixture.given(unreferenced(), triaged(), closed())
                .when(new AssignIncidentReference(ID), ACTOR)
                .expectEvents(new IncidentReferenceAssigned(ID, References.REFERENCE));
    }

    @Test
    void aCaseWithAReferenceKeepsIt() {
        fixture.given(logged())
                .when(new AssignIncidentReference(ID), ACTOR)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        assertThat(asked).isEmpty();
    }

    @Test
    void aCaseGivenItsReferenceIsNotGivenASecond() {
        fixture.given(unreferenced(), new IncidentReferenceAssigned(ID, References.REFERENCE))
                .when(new AssignIncidentReference(ID), ACTOR)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        assertThat(asked).isEmpty();
    }

    /** As an incident was logged before decision 0038. */
    private static IncidentLogged unreferenced() {
        return withReference(null);
    }

    private static IncidentLogged withReference(String reference) {
        IncidentLogged now = logged();
        return new IncidentLogged(now.incidentId(), now.settingId(), now.category(), now.platform(), now.occurredAt(),
                now.summary(), now.links(), now.people(), now.immediateRisk(), now.reportedBy(), reference);
    }
}
