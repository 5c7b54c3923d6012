package uk.tidemark.query.incident;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.DefaultInterceptorChain;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.tidemark.kernel.incident.*;
import uk.tidemark.kernel.incident.event.IncidentLogged;
import uk.tidemark.query.support.BatchedDocuments;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The incidents group's projections in batches, as the pooled processor runs them (one BatchingUnitOfWork per
 * batch, the flush interceptor around each event), give the documents that one event at a time gives.
 */
class BatchedIncidentsTest {
    private static final List<String> COLLECTIONS = List.of(IncidentDocument.COLLECTION, ChronologyDocument.COLLECTION,
            PersonDocument.COLLECTION);

    private final ReadStore batched = new ReadStore();
    private final ReadStore direct = new ReadStore();

    @AfterEach
    void close() {
        batched.close();
        direct.close();
    }

    static void batch(ReadStore store, List<? extends EventMessage<?>> messages) {
        BatchingUnitOfWork<EventMessage<?>> uow = new BatchingUnitOfWork<>(new ArrayList<>(messages));
        ResultMessage<?> result = uow.executeWithResult(() -> new DefaultInterceptorChain<>(uow,
                List.of(BatchedDocuments.flushAtEndOfBatch()), m -> {
                    store.deliver((DomainEventMessage<?>) m);
                    return null;
                }).proceed());
        assertThat(result.isExceptional()).as("batch failed: %s", result).isFalse();
    }

    private static List<DomainEventMessage<?>> threeCasesInterleaved() {
        List<List<? extends DomainEventMessage<?>>> cases = List.of(CaseHistory.wholeLifecycle("case-1").messages(),
                CaseHistory.wholeLifecycle("case-2").messages(), CaseHistory.wholeLifecycle("case-3").messages());
        List<DomainEventMessage<?>> all = new ArrayList<>();
        for (int i = 0; i < cases.get(0).size(); i++) {
            for (List<? extends DomainEventMessage<?>> c : cases) {
                all.add(c.get(i));
            }
        }
        return all;
    }

    private void assertSameDocuments() {
        for (String collection : COLLECTIONS) {
            assertThat(batched.raw(collection)).as(collection).isNotEmpty().isEqualTo(direct.raw(collection));
        }
        // the case list index is told of every stored case document, batched or not
        assertThat(batched.index.size()).isEqualTo(direct.index.size()).isEqualTo(3);
        assertThat(batched.index.openByStageAndSeverity()).isEqualTo(direct.index.openByStageAndSeverity());
    }

    @Test
    void batchesGiveTheSameDocumentsAsOneEventAtATimeAndRedeliveryChangesNothing() {
        List<DomainEventMessage<?>> all = threeCasesInterleaved();
        direct.deliverAll(all);
        for (int from = 0; from < all.size(); from += 7) {
            batch(batched, all.subList(from, Math.min(all.size(), from + 7)));
        }
        assertSameDocuments();

        batch(batched, all); // redelivered, all in one batch
        batch(batched, all.subList(10, 30)); // and a part of it again
        assertSameDocuments();
    }

    @Test
    void oneBatchWithEveryEventGivesTheSameDocuments() {
        List<DomainEventMessage<?>> all = threeCasesInterleaved();
        direct.deliverAll(all);
        batch(batched, all);
        assertSameDocuments();
    }

    @Test
    void aRebuildInBatchesEqualsTheLiveDocuments() {
        List<DomainEventMessage<?>> all = threeCasesInterleaved();
        direct.deliverAll(all);
        batch(batched, all.subList(0, 20));
        batched.resetTokens(); // the reset handlers empty the collections
        for (int from = 0; from < all.size(); from += 100) {
            batch(batched, all.subList(from, Math.min(all.size(), from + 100)));
        }
        assertSameDocuments();
    }

    private static DomainEventMessage<?> naming(String caseId, PersonId person) {
        Instant at = CaseHistory.START;
        return ReadStore.message(new IncidentLogged(IncidentId.of(caseId), "school-1", Category.CYBERBULLYING,
                Platform.TIKTOK, at, "Comments", List.of(), List.of(new Person(person, "Pupil One", PersonRole.PUPIL,
                Involvement.TARGET)), false, "staff"), 0, at, "staff");
    }

    /** Cases of different segments name the same person in batches on two threads: both cases are listed. */
    @Test
    void twoBatchesChangingOnePersonAtOnceKeepBothCases() throws Exception {
        batch(batched, List.of(naming("case-a", PersonId.of("pupil-1"))));
        twoBatchesAtOnceName(PersonId.of("pupil-1"));
        assertThat(batched.personChronology("pupil-1", null).orElseThrow().cases())
                .extracting(c -> c.incidentId()).containsExactlyInAnyOrder("case-a", "case-b", "case-c");
    }

    @Test
    void twoBatchesCreatingOnePersonAtOnceKeepBothCases() throws Exception {
        twoBatchesAtOnceName(PersonId.of("pupil-1"));
        assertThat(batched.personChronology("pupil-1", null).orElseThrow().cases())
                .extracting(c -> c.incidentId()).containsExactlyInAnyOrder("case-b", "case-c");
    }

    private void twoBatchesAtOnceName(PersonId pupil) throws Exception {
        CountDownLatch bothChanged = new CountDownLatch(2);
        List<CompletableFuture<Void>> threads = new ArrayList<>();
        for (String caseId : List.of("case-b", "case-c")) {
            threads.add(CompletableFuture.runAsync(() -> {
                BatchingUnitOfWork<EventMessage<?>> uow = new BatchingUnitOfWork<>(List.of(naming(caseId, pupil)));
                uow.executeWithResult(() -> new DefaultInterceptorChain<>(uow,
                        List.of(BatchedDocuments.flushAtEndOfBatch()), m -> {
                            batched.deliver((DomainEventMessage<?>) m);
                            bothChanged.countDown(); // each batch has read and changed the person...
                            bothChanged.await(10, TimeUnit.SECONDS); // ...before either writes it
                            return null;
                        }).proceed());
            }));
        }
        CompletableFuture.allOf(threads.toArray(CompletableFuture[]::new)).get(20, TimeUnit.SECONDS);
    }
}
