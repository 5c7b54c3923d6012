package uk.tidemark.query.incident;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.tidemark.kernel.incident.*;
import uk.tidemark.kernel.incident.event.PersonLinkedToUser;
import uk.tidemark.kernel.incident.query.IncidentCounts;
import uk.tidemark.kernel.incident.query.FindCaseCounts;
import uk.tidemark.kernel.incident.query.IncidentFilter;

import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard's counts, on the embedded Mongo-compatible server (so the $match/$facet/$group pipeline is one it
 * answers). Five cases: a school-1 HIGH TRIAGED; b school-1 LOW CLOSED; c school-2 NEW (not assessed);
 * d school-3 CRITICAL ESCALATED; e school-1 NEW, its subject linked to the user "deputy".
 */
class IncidentCountQueriesTest {
    private static final Instant DAY_1 = Instant.parse("2026-03-01T08:00:00Z");
    private final ReadStore store = new ReadStore();
    private final IncidentCountQueries counts = new IncidentCountQueries(store.mongo, store.index);

    @BeforeEach
    void fiveCases() {
        store.deliverAll(new CaseHistory("a", DAY_1).logged("school-1", Category.CYBERBULLYING, "teacher1")
                .triaged(Severity.HIGH, "dsl1").messages());
        store.deliverAll(new CaseHistory("b", day(2)).logged("school-1", Category.DEFAMATION, "teacher2")
                .triaged(Severity.LOW, "dsl2").closed(Outcome.UNFOUNDED, "Not about us").messages());
        store.deliverAll(new CaseHistory("c", day(3)).logged("school-2", Category.CYBERBULLYING, "teacher1")
                .messages());
        store.deliverAll(new CaseHistory("d", day(4)).logged("school-3", Category.OTHER, "teacher3")
                .triaged(Severity.CRITICAL, "dsl1").escalated().messages());
        CaseHistory e = new CaseHistory("e", day(5)).logged("school-1", Category.OTHER, "teacher1");
        store.deliverAll(e.then("dsl1", new PersonLinkedToUser(e.id, CaseHistory.TEACHER, "deputy")).messages());
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void everyCaseIsCountedOnceByStageAndOnceBySeverity() {
        IncidentCounts all = count(IncidentFilter.none());
        assertThat(all.total()).isEqualTo(5);
        assertThat(all.byStage()).containsEntry(Stage.NEW, 2L).containsEntry(Stage.TRIAGED, 1L)
                .containsEntry(Stage.ACTION_TAKEN, 0L).containsEntry(Stage.ESCALATED, 1L)
                .containsEntry(Stage.CLOSED, 1L);
        assertThat(all.bySeverity()).containsEntry(Severity.LOW, 1L).containsEntry(Severity.MEDIUM, 0L)
                .containsEntry(Severity.HIGH, 1L).containsEntry(Severity.CRITICAL, 1L);
        assertThat(all.notAssessed()).isEqualTo(2);
        assertThat(all.byStage().keySet()).as("every stage, in order").containsExactly(Stage.values());
    }

    @Test
    void theCountsHaveTheCaseListsFiltersAndScope() {
        IncidentCounts open = count(new IncidentFilter(IncidentStatus.OPEN, null, null, null, null, null,
                Set.of("school-1", "school-2"), null, null));
        assertThat(open.total()).as("a, c, e: b is closed, d in another setting").isEqualTo(3);
        assertThat(open.byStage()).containsEntry(Stage.NEW, 2L).containsEntry(Stage.TRIAGED, 1L)
                .containsEntry(Stage.CLOSED, 0L).containsEntry(Stage.ESCALATED, 0L);

        IncidentCounts cyberbullying = count(new IncidentFilter(null, null, null, Category.CYBERBULLYING, null, null,
                null, null, null));
        assertThat(cyberbullying.total()).isEqualTo(2);
        assertThat(count(new IncidentFilter(null, Stage.NEW, null, null, "school-1", null, null, null, null))
                .total()).isEqualTo(1);
        assertThat(count(new IncidentFilter(null, null, Severity.CRITICAL, null, null, null, null, null, null))
                .bySeverity()).containsEntry(Severity.CRITICAL, 1L).containsEntry(Severity.HIGH, 0L);
    }

    @Test
    void aCaseNamingTheUserAsASubjectIsNotCounted() {
        IncidentCounts deputy = count(new IncidentFilter(IncidentStatus.OPEN, null, null, null, null, null,
                Set.of("school-1"), null, "deputy"));
        assertThat(deputy.total()).as("a only: e names the deputy as its subject").isEqualTo(1);
        assertThat(deputy.byStage()).containsEntry(Stage.NEW, 0L).containsEntry(Stage.TRIAGED, 1L);
        assertThat(count(new IncidentFilter(IncidentStatus.OPEN, null, null, null, null, null,
                Set.of("school-1"), null, "dsl1")).total()).isEqualTo(2);
    }

    @Test
    void noVisibleSettingCountsNothing() {
        IncidentCounts none = count(new IncidentFilter(null, null, null, null, null, null, Set.of(), null, null));
        assertThat(none.total()).isZero();
        assertThat(none.byStage().values()).containsOnly(0L);
    }

    private IncidentCounts count(IncidentFilter filter) {
        return counts.handle(new FindCaseCounts(filter));
    }

    private static Instant day(int n) {
        return DAY_1.plusSeconds(86_400L * (n - 1));
    }
}
