package uk.tidemark.query.incident;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.tidemark.kernel.incident.*;
import uk.tidemark.kernel.incident.query.IncidentFilter;
import uk.tidemark.kernel.incident.query.IncidentPage;
import uk.tidemark.kernel.incident.query.IncidentSummary;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Four cases, logged a day apart (a first, d last):
 * a: school-1, cyberbullying, reported by teacher1, HIGH, owner dsl1, TRIAGED;
 * b: school-1, defamation, reported by teacher2, LOW, owner dsl2, CLOSED;
 * c: school-2, cyberbullying, reported by teacher1, NEW;
 * d: school-3, other, reported by teacher3, CRITICAL, owner dsl1, ESCALATED.
 */
class IncidentQueriesTest {
    private static final Instant DAY_1 = Instant.parse("2026-03-01T08:00:00Z");
    private final ReadStore store = new ReadStore();

    @BeforeEach
    void fourCases() {
        store.deliverAll(new CaseHistory("a", DAY_1).logged("school-1", Category.CYBERBULLYING, "teacher1")
                .triaged(Severity.HIGH, "dsl1").messages());
        store.deliverAll(new CaseHistory("b", day(2)).logged("school-1", Category.DEFAMATION, "teacher2")
                .triaged(Severity.LOW, "dsl2").closed(Outcome.UNFOUNDED, "Not about us").messages());
        store.deliverAll(new CaseHistory("c", day(3)).logged("school-2", Category.CYBERBULLYING, "teacher1")
                .messages());
        store.deliverAll(new CaseHistory("d", day(4)).logged("school-3", Category.OTHER, "teacher3")
                .triaged(Severity.CRITICAL, "dsl1").escalated().messages());
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void noFilterListsEveryCaseNewestLoggedFirst() {
        IncidentPage page = store.find(IncidentFilter.none(), 0, 20);
        assertThat(ids(page)).containsExactly("d", "c", "b", "a");
        assertThat(page.total()).isEqualTo(4);
        assertThat(page.items().get(0)).satisfies(d -> {
            assertThat(d.stage()).isEqualTo(Stage.ESCALATED);
            assertThat(d.severity()).isEqualTo(Severity.CRITICAL);
            assertThat(d.loggedAt()).isEqualTo(day(4));
            assertThat(d.updatedAt()).isEqualTo(day(4).plusSeconds(120));
            assertThat(d.summary()).isEqualTo("Posts naming a pupil");
            assertThat(d.immediateRisk()).isTrue();
        });
    }

    @Test
    void eachFilterFieldNarrowsTheList() {
        assertThat(ids(filter(IncidentStatus.CLOSED, null, null, null, null, null))).containsExactly("b");
        assertThat(ids(filter(IncidentStatus.OPEN, null, null, null, null, null))).containsExactly("d", "c", "a");
        assertThat(ids(filter(null, Stage.NEW, null, null, null, null))).containsExactly("c");
        assertThat(ids(filter(null, Stage.TRIAGED, null, null, null, null))).containsExactly("a");
        assertThat(ids(filter(null, null, Severity.HIGH, null, null, null))).containsExactly("a");
        assertThat(ids(filter(null, null, null, Category.CYBERBULLYING, null, null))).containsExactly("c", "a");
        assertThat(ids(filter(null, null, null, null, "school-1", null))).containsExactly("b", "a");
        assertThat(ids(filter(null, null, null, null, null, "dsl1"))).containsExactly("d", "a");
    }

    @Test
    void filtersCombineAsAnd() {
        IncidentPage page = filter(IncidentStatus.OPEN, null, null, Category.CYBERBULLYING, "school-1", null);
        assertThat(ids(page)).containsExactly("a");
        assertThat(page.total()).isEqualTo(1);
    }

    @Test
    void visibleSettingsLimitTheListAndAnEmptySetShowsNothing() {
        assertThat(ids(scoped(Set.of("school-1", "school-2"), null))).containsExactly("c", "b", "a");
        IncidentPage none = scoped(Set.of(), null);
        assertThat(none.items()).isEmpty();
        assertThat(none.total()).isZero();
    }

    @Test
    void aSettingFilterOutsideTheVisibleSettingsFindsNothing() {
        IncidentFilter f = new IncidentFilter(null, null, null, null, "school-3", null, Set.of("school-1"), null);
        assertThat(store.find(f, 0, 20).total()).isZero();
    }

    @Test
    void reporterScopeShowsOnlyTheirOwnReports() {
        assertThat(ids(scoped(null, "teacher1"))).containsExactly("c", "a");
        assertThat(ids(scoped(Set.of("school-2"), "teacher1"))).containsExactly("c");
        assertThat(ids(scoped(null, "nobody"))).isEmpty();
    }

    @Test
    void pagesCountFromZeroAndTotalCountsEveryMatch() {
        IncidentPage first = store.find(IncidentFilter.none(), 0, 3);
        IncidentPage second = store.find(IncidentFilter.none(), 1, 3);
        IncidentPage beyond = store.find(IncidentFilter.none(), 2, 3);

        assertThat(ids(first)).containsExactly("d", "c", "b");
        assertThat(ids(second)).containsExactly("a");
        assertThat(beyond.items()).isEmpty();
        assertThat(List.of(first.total(), second.total(), beyond.total())).containsOnly(4L);
        assertThat(second.page()).isEqualTo(1);
        assertThat(second.size()).isEqualTo(3);
    }

    @Test
    void casesLoggedAtTheSameMomentAreOrderedById() {
        store.deliverAll(new CaseHistory("z-same", day(9)).logged("school-1", Category.OTHER, "t").messages());
        store.deliverAll(new CaseHistory("m-same", day(9)).logged("school-1", Category.OTHER, "t").messages());
        assertThat(ids(store.find(IncidentFilter.none(), 0, 2))).containsExactly("m-same", "z-same");
    }

    @Test
    void pageSizeIsCappedAtOneHundred() {
        for (int i = 0; i < 101; i++) {
            store.deliverAll(new CaseHistory("bulk-" + i, day(10)).logged("school-9", Category.OTHER, "t").messages());
        }
        IncidentPage page = store.find(IncidentFilter.none(), 0, 1000);
        assertThat(page.size()).isEqualTo(IncidentQueries.MAX_PAGE_SIZE);
        assertThat(page.items()).hasSize(100);
        assertThat(page.total()).isEqualTo(105);
    }

    private IncidentPage filter(IncidentStatus status, Stage stage, Severity severity, Category category,
                                String settingId, String ownerId) {
        return store.find(new IncidentFilter(status, stage, severity, category, settingId, ownerId, null, null), 0, 20);
    }

    private IncidentPage scoped(Set<String> visibleSettingIds, String reportedBy) {
        return store.find(new IncidentFilter(null, null, null, null, null, null, visibleSettingIds, reportedBy), 0, 20);
    }

    private static List<String> ids(IncidentPage page) {
        return page.items().stream().map(IncidentSummary::id).toList();
    }

    private static Instant day(int n) {
        return DAY_1.plusSeconds(86_400L * (n - 1));
    }
}
