package uk.tidemark.query.incident;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.tidemark.kernel.incident.*;
import uk.tidemark.kernel.incident.event.*;
import uk.tidemark.kernel.incident.query.IncidentCounts;
import uk.tidemark.kernel.incident.query.FindCaseCounts;
import uk.tidemark.kernel.incident.query.FindConflictedCases;
import uk.tidemark.kernel.incident.query.FindIncidents;
import uk.tidemark.kernel.incident.query.IncidentFilter;
import uk.tidemark.kernel.incident.query.IncidentPage;
import uk.tidemark.query.disciplinary.EmployeeAccounts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The in-memory case list index answers exactly what the store's own queries answer: the same pages in the same
 * order with the same totals, and the same counts, for every filter the case list and the dashboard use, over a
 * varied history (every open stage, closed and reopened cases, subjects linked to users, several owners,
 * reporters and settings). Both paths run here on the embedded Mongo-compatible server.
 */
class IncidentListIndexTest {
    private static final Instant DAY_1 = Instant.parse("2026-01-05T08:00:00Z");
    private static final List<String> SETTINGS = List.of("school-1", "school-2", "school-3");
    private static final List<String> OWNERS = List.of("dsl1", "dsl2", "deputy");

    private final ReadStore store = new ReadStore();
    private final IncidentListIndex off = new IncidentListIndex(store.mongo, false);
    private final EmployeeAccounts employees = new EmployeeAccounts(store.mongo);
    private final IncidentQueries fromIndex = new IncidentQueries(store.mongo, employees, store.index);
    private final IncidentQueries fromStore = new IncidentQueries(store.mongo, employees, off);
    private final IncidentCountQueries countsFromIndex = new IncidentCountQueries(store.mongo, store.index);
    private final IncidentCountQueries countsFromStore = new IncidentCountQueries(store.mongo, off);

    @BeforeEach
    void aVariedHistory() {
        Random random = new Random(42);
        for (int n = 0; n < 90; n++) {
            // some cases logged at the same minute, so the tie on loggedAt is broken by id in both
            CaseHistory c = new CaseHistory("case-" + (char) ('a' + random.nextInt(26)) + n,
                    DAY_1.plusSeconds(3600L * (n / 3)));
            c.logged(SETTINGS.get(random.nextInt(SETTINGS.size())), Category.values()[random.nextInt(4)],
                    "teacher" + random.nextInt(3));
            int stage = random.nextInt(5);
            if (stage >= 1) {
                c.triaged(Severity.values()[random.nextInt(Severity.values().length)],
                        OWNERS.get(random.nextInt(OWNERS.size())));
            }
            if (stage >= 2) {
                c.then("dsl1", new NoteAdded(c.id, "n-" + n, "A note"));
                c.then("dsl1", new ContentActionRecorded(c.id, "a-" + n, ContentAction.REPORTED_TO_PLATFORM, "R",
                        "Reported"));
            }
            if (stage >= 3) {
                c.escalated();
            }
            if (random.nextInt(4) == 0) {
                c.then("dsl1", new PersonLinkedToUser(c.id, CaseHistory.TEACHER, "deputy"));
            }
            if (random.nextInt(5) == 0) {
                c.closed(Outcome.UNFOUNDED, "No case to answer");
                if (random.nextBoolean()) {
                    c.then("dsl1", new IncidentReopened(c.id, "New posts"));
                }
            }
            store.deliverAll(c.messages());
        }
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void everyFilterGivesTheSamePagesTotalsAndCountsAsTheStore() {
        assertThat(store.index.ready()).isTrue();
        assertThat(store.index.size()).isEqualTo(90);
        for (IncidentFilter filter : filters()) {
            assertSameAnswers(filter);
        }
    }

    @Test
    void anIndexLoadedFromTheStoredDocumentsAnswersAsTheOneKeptByTheProjection() {
        IncidentListIndex loaded = new IncidentListIndex(store.mongo, true);
        assertThat(loaded.ready()).as("not ready before its load").isFalse();
        loaded.load();
        IncidentQueries fromLoaded = new IncidentQueries(store.mongo, employees, loaded);
        for (IncidentFilter filter : filters()) {
            assertThat(page(fromLoaded, filter, 0, 7)).as(filter.toString()).isEqualTo(page(fromIndex, filter, 0, 7));
            assertThat(new IncidentCountQueries(store.mongo, loaded).handle(new FindCaseCounts(filter)))
                    .isEqualTo(countsFromIndex.handle(new FindCaseCounts(filter)));
        }
    }

    @Test
    void aRedeliveredOrOlderStateNeverReplacesANewerOne() {
        CaseHistory c = new CaseHistory("late", DAY_1).logged("school-1", Category.OTHER, "teacher1")
                .triaged(Severity.HIGH, "dsl1").closed(Outcome.UNFOUNDED, "Done");
        store.deliverAll(c.messages());
        store.deliver(c.message(1)); // redelivered triage: the projection ignores it, the index keeps CLOSED
        IncidentDocument older = store.mongo.findById("late", IncidentDocument.class);
        older.status = IncidentStatus.OPEN;
        older.lastSequence = 1;
        store.index.written(older); // a slower writer's older state
        assertSameAnswers(new IncidentFilter(IncidentStatus.CLOSED, null, null, null, null, null, null, null));
        assertThat(page(fromIndex, new IncidentFilter(IncidentStatus.CLOSED, null, null, null, "school-1", null,
                null, null), 0, 100)).contains("late");
    }

    @Test
    void aResetEmptiesTheIndexAndAReplayFillsItAgain() {
        List<String> before = page(fromIndex, IncidentFilter.none(), 0, 100);
        store.resetTokens();
        assertThat(store.index.size()).isZero();
        assertThat(page(fromIndex, IncidentFilter.none(), 0, 100)).isEmpty();
        // replay one case: the index has it, as the store has
        store.deliverAll(CaseHistory.wholeLifecycle("again").messages());
        assertThat(page(fromIndex, IncidentFilter.none(), 0, 100)).containsExactly("again");
        assertThat(before).hasSize(90);
    }

    @Test
    void theMetricsOpenCountsComeFromTheIndexAsFromTheStore() {
        List<OpenCaseCounts.Count> indexed = new OpenCaseCounts(store.mongo, store.index).byStageAndSeverity();
        assertThat(indexed).containsExactlyInAnyOrderElementsOf(
                new OpenCaseCounts(store.mongo, off).byStageAndSeverity());
        assertThat(indexed.stream().mapToLong(OpenCaseCounts.Count::cases).sum())
                .isEqualTo(countsFromStore.handle(new FindCaseCounts(
                        new IncidentFilter(IncidentStatus.OPEN, null, null, null, null, null, null, null))).total());
    }

    @Test
    void theSubjectsCasesComeFromTheIndexAsFromTheStore() {
        FindConflictedCases asked = new FindConflictedCases("deputy");
        assertThat(fromIndex.handle(asked)).isEqualTo(fromStore.handle(asked));
        assertThat(fromIndex.handle(asked).incidentIds()).isNotEmpty();
    }

    private void assertSameAnswers(IncidentFilter filter) {
        for (int[] pageAndSize : new int[][]{{0, 10}, {1, 10}, {0, 7}, {3, 7}, {0, 100}, {20, 10}}) {
            IncidentPage a = fromIndex.handle(new FindIncidents(filter, pageAndSize[0], pageAndSize[1]));
            IncidentPage b = fromStore.handle(new FindIncidents(filter, pageAndSize[0], pageAndSize[1]));
            assertThat(a).as("page %s of %s for %s", pageAndSize[0], pageAndSize[1], filter).isEqualTo(b);
        }
        IncidentCounts a = countsFromIndex.handle(new FindCaseCounts(filter));
        IncidentCounts b = countsFromStore.handle(new FindCaseCounts(filter));
        assertThat(a).as("counts for %s", filter).isEqualTo(b);
    }

    private static List<String> page(IncidentQueries queries, IncidentFilter filter, int page, int size) {
        return queries.handle(new FindIncidents(filter, page, size)).items().stream().map(i -> i.id()).toList();
    }

    /** The dashboard's, the case list's and the scopes' filters, alone and combined. */
    private static List<IncidentFilter> filters() {
        Set<String> two = Set.of("school-1", "school-3");
        List<IncidentFilter> all = new ArrayList<>();
        all.add(IncidentFilter.none());
        all.add(new IncidentFilter(IncidentStatus.OPEN, null, null, null, null, null, two, null, "deputy"));
        all.add(new IncidentFilter(IncidentStatus.OPEN, Stage.NEW, null, null, null, null, two, null, "deputy"));
        all.add(new IncidentFilter(IncidentStatus.OPEN, null, null, null, null, "dsl1", two, null, "deputy"));
        all.add(new IncidentFilter(IncidentStatus.CLOSED, null, null, null, null, null, null, null));
        for (Stage stage : Stage.values()) {
            all.add(new IncidentFilter(null, stage, null, null, null, null, null, null));
        }
        for (Severity severity : Severity.values()) {
            all.add(new IncidentFilter(IncidentStatus.OPEN, null, severity, null, "school-2", null, null, null));
        }
        all.add(new IncidentFilter(null, null, null, Category.CYBERBULLYING, null, null, null, null, "deputy"));
        all.add(new IncidentFilter(null, null, null, null, null, null, null, "teacher1"));
        all.add(new IncidentFilter(null, null, null, null, null, null, Set.of(), null));
        all.add(new IncidentFilter(null, null, null, null, null, null, Set.of("nowhere"), null));
        return all;
    }
}
