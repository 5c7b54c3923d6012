package uk.tidemark.query.boundary;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.axonframework.eventhandling.DomainEventMessage;

import java.lang.reflect.RecordComponent;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A projection is never poisoned by what the command side accepted (issue 12, decision 0027): every event type of
 * the kernel, its fields at their boundaries (dates at the window's edges and just outside it, the extremes of
 * {@code Instant} and {@code LocalDate} and of what MongoDB holds, empty and the longest texts, lists empty and at
 * the API's maxima, nulls where the command side can send them), goes through every projection of the query side
 * without an exception (an exception is what parks a case in the dead-letter queue), a later event of the case is
 * still applied, the case's document is stored, and every query reads it back.
 *
 * <p>Two properties: {@link #everyFieldAtEveryBoundary}, exhaustive, gives every event type each boundary of each of
 * its fields (all its fields at their n-th boundary at once, for every n); {@link #anyMixOfBoundaries} mixes them
 * at random, and shrinks what fails to the values that matter.
 */
class ProjectionBoundariesTest {

    private static MongoServer server;
    private static MongoClient client;
    /**
     * One store for a run of cases (each case has its own id): a fresh one per case costs more than the case, and one
     * for all of them makes every query that scans (the register lists, the board, the report) slower with each case,
     * so the run's time grows with the square of its cases. A fresh database every {@link #CASES_PER_STORE} cases.
     */
    private static AllProjections projections;
    private static final int CASES_PER_STORE = 100;
    private static int cases;
    private static int stores;

    @BeforeContainer
    static void start() {
        server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
        projections = new AllProjections(client, "boundaries-0");
    }

    @AfterContainer
    static void stop() {
        client.close();
        server.shutdownNow();
    }

    @Example
    void everyEventTypeOfTheKernelIsFed() {
        List<Class<?>> types = EventTypes.all();
        assertThat(types).as("the kernel's event types").hasSizeGreaterThan(40);
        for (Class<?> type : types) {
            assertThat(EventTypes.familyOf(type)).as("%s belongs to a family the test feeds", type).isNotNull();
            assertThat(type.isRecord()).as("%s is a record", type).isTrue();
            for (RecordComponent component : type.getRecordComponents()) {
                assertThat(BoundaryValues.of(component)).as("boundaries of %s.%s", type.getSimpleName(),
                        component.getName()).isNotEmpty();
            }
        }
    }

    @Property(generation = GenerationMode.EXHAUSTIVE, tries = 5000, edgeCases = EdgeCasesMode.NONE)
    void everyFieldAtEveryBoundary(@ForAll("profiles") BoundaryCase boundary) throws Exception {
        check(boundary);
    }

    @Property(tries = 100, seed = "20261206", edgeCases = EdgeCasesMode.NONE, shrinking = ShrinkingMode.BOUNDED)
    void anyMixOfBoundaries(@ForAll("mixtures") BoundaryCase boundary) throws Exception {
        check(boundary);
    }

    @Provide
    Arbitrary<BoundaryCase> profiles() {
        List<BoundaryCase> all = new ArrayList<>();
        for (Class<?> type : EventTypes.all()) {
            RecordComponent[] components = type.getRecordComponents();
            int profiles = 1;
            for (RecordComponent component : components) {
                profiles = Math.max(profiles, BoundaryValues.of(component).size());
            }
            for (int n = 0; n < profiles; n++) {
                List<Object> values = new ArrayList<>();
                for (RecordComponent component : components) {
                    List<Object> boundaries = BoundaryValues.of(component);
                    values.add(boundaries.get(n % boundaries.size()));
                }
                all.add(new BoundaryCase(type, values));
            }
        }
        return Arbitraries.of(all);
    }

    @Provide
    Arbitrary<BoundaryCase> mixtures() {
        return Arbitraries.of(EventTypes.all()).flatMap(type -> {
            List<Arbitrary<Object>> fields = new ArrayList<>();
            for (RecordComponent component : type.getRecordComponents()) {
                List<Object> boundaries = BoundaryValues.of(component);
                fields.add(Arbitraries.integers().between(0, boundaries.size() - 1).map(boundaries::get));
            }
            return Combinators.combine(fields).as(values -> new BoundaryCase(type, new ArrayList<>(values)));
        });
    }

    private static void check(BoundaryCase boundary) throws Exception {
        if (++cases % CASES_PER_STORE == 0) {
            client.getDatabase("boundaries-" + stores).drop();
            projections = new AllProjections(client, "boundaries-" + ++stores);
        }
        String caseId = BoundaryCase.freshId();
        for (DomainEventMessage<?> message : boundary.messages(caseId)) {
            projections.deliver(message);
        }
        switch (boundary.caseType()) {
            case INCIDENT -> projections.readIncident(caseId);
            case DISCIPLINARY -> projections.readDisciplinaryCase(caseId);
            case COMPLAINT -> projections.readComplaint(caseId);
            case IMAGE_CONSENT -> projections.readImageConsent(caseId);
            case OFFICIAL_ACCOUNT -> projections.readOfficialAccount(caseId);
            case POLICY -> {
                if (boundary.isTraining()) {
                    projections.readTraining(caseId);
                } else {
                    projections.readPolicy(caseId);
                }
            }
            case DECLARATION -> projections.readDeclaration(caseId);
            case LOW_LEVEL_CONCERN -> projections.readLowLevelConcerns(caseId);
            case SUBJECT_ACCESS -> projections.readSubjectAccess(caseId);
            case RECORD_TRANSFER -> projections.readRecordTransfer(caseId);
        }
    }
}
