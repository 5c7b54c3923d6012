package uk.tidemark.query.disciplinary;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.tidemark.kernel.disciplinary.AppealDecision;
import uk.tidemark.kernel.disciplinary.DisciplinaryCaseId;
import uk.tidemark.kernel.disciplinary.DisciplinaryStage;
import uk.tidemark.kernel.disciplinary.event.AppealDecided;
import uk.tidemark.kernel.disciplinary.event.AppealLodged;
import uk.tidemark.kernel.disciplinary.event.DisciplinaryCaseClosed;
import uk.tidemark.kernel.disciplinary.event.WarningExpired;
import uk.tidemark.kernel.disciplinary.query.*;
import uk.tidemark.query.Stream;
import uk.tidemark.query.TestStore;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static uk.tidemark.kernel.disciplinary.DisciplinaryOutcome.*;
import static uk.tidemark.query.disciplinary.HrRegisterProjectionTest.opened;
import static uk.tidemark.query.disciplinary.HrRegisterProjectionTest.warned;

/**
 * Five cases opened a day apart (a first):
 * a: school-1, open, no outcome;
 * b: school-1, first written warning expiring in December, live;
 * c: school-2, final written warning expiring in September, live, case closed;
 * d: school-2, closed, no warning;
 * e: school-3, final written warning expiring in August, live.
 */
class HrRegisterQueriesTest {
    private static final Instant DAY_1 = Instant.parse("2026-03-02T09:00:00Z");
    private static final Instant DECEMBER = Instant.parse("2026-12-01T12:00:00Z");
    private static final Instant SEPTEMBER = Instant.parse("2026-09-01T12:00:00Z");
    private static final Instant AUGUST = Instant.parse("2026-08-01T12:00:00Z");

    private final TestStore store = new TestStore();
    private Stream b;
    private Stream e;

    @BeforeEach
    void fiveCases() {
        store.projection(HrRegisterProjection::new);
        store.queries(HrRegisterQueries::new);
        store.deliverAll(opened("a", "school-1", day(1), "Ann").messages());
        b = warned("b", "school-1", day(2), FIRST_WRITTEN_WARNING, DECEMBER);
        store.deliverAll(b.messages());
        store.deliverAll(warned("c", "school-2", day(3), FINAL_WRITTEN_WARNING, SEPTEMBER)
                .then("hr1", new DisciplinaryCaseClosed(DisciplinaryCaseId.of("c"), "Done")).messages());
        store.deliverAll(opened("d", "school-2", day(4), "Dee")
                .then("hr1", new DisciplinaryCaseClosed(DisciplinaryCaseId.of("d"), "No case to answer")).messages());
        e = warned("e", "school-3", day(5), FINAL_WRITTEN_WARNING, AUGUST);
        store.deliverAll(e.messages());
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void casesAreListedNewestOpenedFirstAndOpenOnlyLeavesOutClosedOnes() {
        assertThat(caseIds(cases(null, false))).containsExactly("e", "d", "c", "b", "a");
        assertThat(caseIds(cases(null, true))).containsExactly("e", "b", "a");
        assertThat(cases(null, false).get(4)).isEqualTo(new DisciplinaryCaseSummary("a", null, "school-1", "Ann",
                DisciplinaryStage.OPENED, null, day(1), "inc-a"));
        assertThat(cases(null, false).get(3).standingOutcome()).isEqualTo(FIRST_WRITTEN_WARNING);
    }

    @Test
    void visibleSettingsLimitEveryListAndAnEmptySetShowsNothing() {
        assertThat(caseIds(cases(Set.of("school-2"), false))).containsExactly("d", "c");
        assertThat(caseIds(cases(Set.of("school-1", "school-3"), true))).containsExactly("e", "b", "a");
        assertThat(cases(Set.of(), false)).isEmpty();

        HrRegister scoped = register(Set.of("school-1", "school-2"));
        assertThat(caseIds(scoped.openCases())).containsExactly("b", "a");
        assertThat(scoped.liveWarnings()).extracting(LiveWarning::caseId).containsExactly("c", "b");
        assertThat(register(Set.of())).isEqualTo(new HrRegister(List.of(), List.of()));
    }

    @Test
    void liveWarningsAreSoonestExpiryFirstClosedCasesIncluded() {
        HrRegister all = register(null);
        assertThat(caseIds(all.openCases())).containsExactly("e", "b", "a");
        assertThat(all.liveWarnings()).containsExactly(
                new LiveWarning("e", "school-3", "Employee e", FINAL_WRITTEN_WARNING, day(5).plusSeconds(600), AUGUST),
                new LiveWarning("c", "school-2", "Employee c", FINAL_WRITTEN_WARNING, day(3).plusSeconds(600), SEPTEMBER),
                new LiveWarning("b", "school-1", "Employee b", FIRST_WRITTEN_WARNING, day(2).plusSeconds(600), DECEMBER));
    }

    @Test
    void anExpiredWarningLeavesTheRegister() {
        store.deliverAll(e.clock(new WarningExpired(DisciplinaryCaseId.of("e"), FINAL_WRITTEN_WARNING)).messages());

        assertThat(register(null).liveWarnings()).extracting(LiveWarning::caseId).containsExactly("c", "b");
        assertThat(detail("e").warning().expired()).isTrue();
    }

    @Test
    void aWarningOverturnedOnAppealLeavesTheRegister() {
        DisciplinaryCaseId id = DisciplinaryCaseId.of("b");
        store.deliverAll(b.then("emp", new AppealLodged(id, "Unfair"))
                .then("hr2", new AppealDecided(id, AppealDecision.OVERTURNED, null, "Not proven", null)).messages());

        assertThat(register(null).liveWarnings()).extracting(LiveWarning::caseId).containsExactly("e", "c");
        DisciplinaryCaseDetail d = detail("b");
        assertThat(d.warning().setAsideOnAppeal()).isTrue();
        assertThat(d.standingOutcome()).isNull();
        assertThat(status("b")).isEqualTo(new DisciplinaryStatus("b", null, DisciplinaryStage.APPEAL, null));
    }

    @Test
    void aWarningVariedOnAppealStaysWithItsNewKindAndExpiry() {
        DisciplinaryCaseId id = DisciplinaryCaseId.of("e");
        Instant later = Instant.parse("2026-09-15T12:00:00Z");
        store.deliverAll(e.then("emp", new AppealLodged(id, "Too harsh"))
                .then("hr2", new AppealDecided(id, AppealDecision.VARIED, FIRST_WRITTEN_WARNING, "Reduced", later))
                .messages());

        assertThat(register(null).liveWarnings()).extracting(LiveWarning::caseId, LiveWarning::outcome,
                        LiveWarning::expiresAt)
                .containsExactly(
                        tuple("c", FINAL_WRITTEN_WARNING, SEPTEMBER),
                        tuple("e", FIRST_WRITTEN_WARNING, later),
                        tuple("b", FIRST_WRITTEN_WARNING, DECEMBER));
        assertThat(register(null).liveWarnings().get(1).issuedAt()).isEqualTo(day(5).plusSeconds(600));
    }

    @Test
    void aWarningVariedToAnotherKindOfOutcomeLeavesTheRegister() {
        DisciplinaryCaseId id = DisciplinaryCaseId.of("e");
        store.deliverAll(e.then("emp", new AppealLodged(id, "Too harsh"))
                .then("hr2", new AppealDecided(id, AppealDecision.VARIED, INFORMAL_ADVICE, "Advice is enough", null))
                .messages());

        assertThat(register(null).liveWarnings()).extracting(LiveWarning::caseId).containsExactly("c", "b");
        assertThat(status("e").outcome()).isEqualTo(INFORMAL_ADVICE);
    }

    private List<DisciplinaryCaseSummary> cases(Set<String> visible, boolean openOnly) {
        return store.ask(new FindDisciplinaryCases(visible, openOnly),
                ResponseTypes.multipleInstancesOf(DisciplinaryCaseSummary.class));
    }

    private HrRegister register(Set<String> visible) {
        return store.ask(new FindHrRegister(visible), ResponseTypes.instanceOf(HrRegister.class));
    }

    private DisciplinaryCaseDetail detail(String id) {
        return store.ask(new FindDisciplinaryCase(DisciplinaryCaseId.of(id)),
                ResponseTypes.optionalInstanceOf(DisciplinaryCaseDetail.class)).orElseThrow();
    }

    private DisciplinaryStatus status(String id) {
        return store.ask(new FindDisciplinaryStatus(DisciplinaryCaseId.of(id)),
                ResponseTypes.optionalInstanceOf(DisciplinaryStatus.class)).orElseThrow();
    }

    private static List<String> caseIds(List<DisciplinaryCaseSummary> list) {
        return list.stream().map(DisciplinaryCaseSummary::caseId).toList();
    }

    private static Instant day(int n) {
        return DAY_1.plusSeconds(86_400L * (n - 1));
    }
}
