package uk.tidemark.query.report;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.tidemark.kernel.Meta;
import uk.tidemark.kernel.complaint.ComplaintChannel;
import uk.tidemark.kernel.complaint.ComplaintId;
import uk.tidemark.kernel.complaint.event.ComplaintReceived;
import uk.tidemark.kernel.CaseType;
import uk.tidemark.kernel.deadline.DeadlineKind;
import uk.tidemark.kernel.deadline.event.DeadlineEvent;
import uk.tidemark.kernel.deadline.event.DeadlineMet;
import uk.tidemark.kernel.deadline.event.DeadlineMissed;
import uk.tidemark.kernel.deadline.event.DeadlineSet;
import uk.tidemark.kernel.disciplinary.DisciplinaryCaseId;
import uk.tidemark.kernel.disciplinary.DisciplinaryOutcome;
import uk.tidemark.kernel.disciplinary.event.DisciplinaryCaseOpened;
import uk.tidemark.kernel.disciplinary.event.OutcomeDecided;
import uk.tidemark.kernel.incident.*;
import uk.tidemark.kernel.incident.event.*;
import uk.tidemark.kernel.report.FindQuarterlyReport;
import uk.tidemark.kernel.report.Quarter;
import uk.tidemark.kernel.report.QuarterlyReport;
import uk.tidemark.kernel.report.QuarterlyReport.Figures;
import uk.tidemark.kernel.report.SuppressedCount;
import uk.tidemark.query.TestStore;
import uk.tidemark.query.complaint.ComplaintRegisterProjection;
import uk.tidemark.query.deadline.DeadlineBoardProjection;
import uk.tidemark.query.disciplinary.HrRegisterProjection;
import uk.tidemark.query.incident.IncidentProjection;
import uk.tidemark.query.incident.IncidentListIndex;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quarterly report's figures, from events fed through the real projections into the embedded Mongo server.
 * Q2 2026 starts at 2026-04-01 00:00 BST, which is 2026-03-31 23:00 UTC.
 * <ul>
 *   <li>Setting A, Q2: 5 cyberbullying cases first answered after 10..50 minutes, 3 defamation cases never
 *       answered (one logged at 00:30 BST on 1 April, still 31 March in UTC), 2 HR cases with a final written
 *       warning. Q1: one cyberbullying case, 30 minutes before Q2 began.</li>
 *   <li>Setting B, Q2: 6 offensive-content cases, each escalated to the police, referred to the LADO (one of
 *       them twice), its first response missed, and closed with police action; 5 complaints received.</li>
 *   <li>Setting C (not asked for): 7 cases that must not count anywhere.</li>
 * </ul>
 */
class QuarterlyReportQueriesTest {
    private static final Instant Q2 = Instant.parse("2026-03-31T23:00:00Z");
    private static final String A = "setting-a";
    private static final String B = "setting-b";
    private static final String C = "setting-c";

    private final TestStore store = new TestStore();
    private final List<DomainEventMessage<?>> events = new ArrayList<>();

    QuarterlyReportQueriesTest() {
        store.projection(mongo -> new IncidentProjection(mongo, new IncidentListIndex(mongo, false))).createIndexes();
        store.projection(HrRegisterProjection::new);
        store.projection(ComplaintRegisterProjection::new);
        store.projection(DeadlineBoardProjection::new);
        store.queries(QuarterlyReportQueries::new).createIndexes();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void countsTheQuartersIntakeBySettingWithTheSmallNumberRule() {
        givenTheQuarters();

        QuarterlyReport report = report(2026, 2, Set.of(A, B));

        assertThat(report.quarter().label()).isEqualTo("April to June 2026");
        assertThat(report.previousQuarter().shortLabel()).isEqualTo("Q1 2026");
        assertThat(report.settings()).extracting(QuarterlyReport.SettingReport::settingId).containsExactly(A, B);
        Figures a = report.settings().get(0).current();
        Figures b = report.settings().get(1).current();
        Figures all = report.allSettings().current();

        // A: 8 cases, of which 3 defamation (fewer than 5), so the cyberbullying 5 is withheld: 8 - 5 would give 3
        assertThat(a.cases().display()).isEqualTo("8");
        assertThat(a.byCategory().get("DEFAMATION").display()).isEqualTo("fewer than 5");
        assertThat(a.byCategory().get("CYBERBULLYING").display()).isEqualTo("withheld");
        assertThat(a.byCategory().get("OFFENSIVE_CONTENT").display()).isEqualTo("0");
        assertThat(a.byStageReached().get("NEW").display()).isEqualTo("fewer than 5");
        assertThat(a.byStageReached().get("TRIAGED").display()).isEqualTo("withheld");
        assertThat(a.policeEscalations().display()).isEqualTo("0");
        assertThat(a.medianFirstResponse().value()).isEqualTo(30.0);
        assertThat(a.medianFirstResponse().display()).isEqualTo("30 minutes");
        assertThat(a.disciplinaryCases().display()).isEqualTo("fewer than 5");
        assertThat(a.disciplinaryOutcomes().get("FINAL_WRITTEN_WARNING").display()).isEqualTo("fewer than 5");
        assertThat(a.complaints().display()).isEqualTo("0");

        // B: everything 6 (5 for complaints), the LADO counted once per case
        assertThat(b.cases().display()).isEqualTo("6");
        assertThat(b.byCategory().get("OFFENSIVE_CONTENT").display()).isEqualTo("6");
        assertThat(b.byStageReached().get("ESCALATED").display()).isEqualTo("6");
        assertThat(b.closedCases().display()).isEqualTo("6");
        assertThat(b.byOutcome().get("POLICE_ACTION").display()).isEqualTo("6");
        assertThat(b.policeEscalations().display()).isEqualTo("6");
        assertThat(b.referralsByAgency().get("LADO").display()).isEqualTo("6");
        assertThat(b.medianFirstResponse().display()).isEqualTo("no cases");
        assertThat(b.complaintsByStage().get("RECEIVED").display()).isEqualTo("5");

        // all settings: C is not in it; the cyberbullying 5 is all A's, withheld there too
        assertThat(all.cases().display()).isEqualTo("14");
        assertThat(all.byCategory().get("CYBERBULLYING").display()).isEqualTo("withheld");
        assertThat(all.byCategory().get("DEFAMATION").display()).isEqualTo("fewer than 5");
        assertThat(all.byCategory().get("OFFENSIVE_CONTENT").display()).isEqualTo("6");
        assertThat(all.policeEscalations().display()).isEqualTo("6");
        assertThat(all.medianFirstResponse().display()).isEqualTo("30 minutes");

        // the previous quarter: A's one case (logged before 00:00 BST on 1 April)
        assertThat(report.settings().get(0).previous().cases().display()).isEqualTo("fewer than 5");
        assertThat(report.settings().get(0).previous().cases().count()).isNull();
        assertThat(report.allSettings().previous().cases().display()).isEqualTo("fewer than 5");
        assertThat(report.settings().get(1).previous().cases().display()).isEqualTo("0");
    }

    @Test
    void casesClosedInTheQuarterAndOpenAtItsEndCountWhateverQuarterTheyWereLoggedIn() {
        givenTheQuarters();

        QuarterlyReport report = report(2026, 2, Set.of(A, B));

        // B's six cases were logged and closed in Q2; A's eight Q2 cases and its Q1 case are all still open
        assertThat(report.settings().get(1).current().closedInQuarter().display()).isEqualTo("6");
        assertThat(report.settings().get(0).current().closedInQuarter().display()).isEqualTo("0");
        assertThat(report.settings().get(0).current().openAtQuarterEnd().display()).isEqualTo("9");
        assertThat(report.settings().get(1).current().openAtQuarterEnd().display()).isEqualTo("0");
        assertThat(report.allSettings().current().openAtQuarterEnd().display()).isEqualTo("9");
        assertThat(report.allSettings().previous().openAtQuarterEnd().display()).isEqualTo("fewer than 5");
        // the next quarter: nothing logged, nothing closed, the nine still open at its end
        QuarterlyReport q3 = report(2026, 3, Set.of(A, B));
        assertThat(q3.allSettings().current().cases().display()).isEqualTo("0");
        assertThat(q3.allSettings().current().openAtQuarterEnd().display()).isEqualTo("9");
        assertThat(q3.allSettings().previous().openAtQuarterEnd().display()).isEqualTo("9");
    }

    @Test
    void theTrendHasEightQuartersEachSuppressedAsItsOwnReportWouldShowIt() {
        givenTheQuarters();

        QuarterlyReport report = report(2026, 2, Set.of(A, B));

        assertThat(report.trend()).extracting(p -> p.quarter().shortLabel()).containsExactly("Q3 2024", "Q4 2024",
                "Q1 2025", "Q2 2025", "Q3 2025", "Q4 2025", "Q1 2026", "Q2 2026");
        assertThat(report.trend()).extracting(p -> p.cases().display()).containsExactly("0", "0", "0", "0", "0", "0",
                "fewer than 5", "14");
        assertThat(report.sameQuarterLastYear().shortLabel()).isEqualTo("Q2 2025");
        assertThat(report.allSettings().lastYear().cases().display()).isEqualTo("0");
        assertThat(report.trend().get(7).shareMet().get("FIRST_RESPONSE").display()).isEqualTo("45%");
        assertThat(report.trend().get(6).shareMet().get("FIRST_RESPONSE").display()).isEqualTo("no cases");
    }

    @Test
    void missedDeadlinesShowAsTheTrustsShareEvenWhenOneSchoolMissedFewerThanFive() {
        // A met 5 first responses; B missed 3: B's 3 is a small number, but the trust's share of 8 is shown
        for (int i = 1; i <= 5; i++) {
            answered("a-" + i, A, Category.CYBERBULLYING, Q2.plus(Duration.ofDays(i)), 20);
        }
        for (int i = 1; i <= 3; i++) {
            missed("b-" + i, B, Q2.plus(Duration.ofDays(i)));
        }

        QuarterlyReport report = report(2026, 2, Set.of(A, B));

        QuarterlyReport.Compliance first = report.compliance().get("FIRST_RESPONSE");
        assertThat(first.shareMet().display()).isEqualTo("63%");
        assertThat(first.basis()).isEqualTo(QuarterlyReport.Basis.QUARTER);
        assertThat(report.toString()).doesNotContainPattern("count=[1-4][,\\]]");
        // B alone: 3 decided this quarter, none before: no share at all
        QuarterlyReport onlyB = report(2026, 2, Set.of(B));
        assertThat(onlyB.compliance().get("FIRST_RESPONSE").shareMet().display()).isEqualTo("fewer than 5 cases");
        assertThat(onlyB.compliance().get("FIRST_RESPONSE").basis()).isEqualTo(QuarterlyReport.Basis.NONE);
        // B again a quarter later with 2 more missed: 5 over the four quarters to its end
        for (int i = 1; i <= 2; i++) {
            missed("b-q3-" + i, B, new Quarter(2026, 3).start().plus(Duration.ofDays(i)));
        }
        QuarterlyReport q3 = report(2026, 3, Set.of(B));
        assertThat(q3.compliance().get("FIRST_RESPONSE").shareMet().display()).isEqualTo("0%");
        assertThat(q3.compliance().get("FIRST_RESPONSE").basis()).isEqualTo(QuarterlyReport.Basis.FOUR_QUARTERS);
    }

    @Test
    void theReportCarriesNoNamesNoTextNoCaseIdsAndNoSmallNumber() {
        givenTheQuarters();

        // every component of every record, as the records print them
        String json = report(2026, 2, Set.of(A, B)).toString();

        assertThat(json).doesNotContain("Pupil", "Holder", "Comments", "Sam Teacher", "A parent", "inc-", "hr-",
                "complaint-", "rationale", "summary");
        // every count shown is 0 or at least 5 (the type refuses anything else), and none is a bare small number
        assertThat(json).contains("count=6", "count=null").doesNotContainPattern("count=[1-4][,\\]]");
    }

    @Test
    void aSettingOutsideTheScopeCountsNowhereAndNoSettingGivesAnEmptyReport() {
        givenTheQuarters();

        QuarterlyReport onlyC = report(2026, 2, Set.of(C));
        assertThat(onlyC.allSettings().current().cases().display()).isEqualTo("7");
        QuarterlyReport onlyA = report(2026, 2, Set.of(A));
        assertThat(onlyA.allSettings().current().cases().display()).isEqualTo("8");
        assertThat(onlyA.allSettings().current().byCategory().get("OFFENSIVE_CONTENT").display()).isEqualTo("0");

        QuarterlyReport none = report(2026, 2, Set.of());
        assertThat(none.settings()).isEmpty();
        assertThat(none.allSettings().current().cases().display()).isEqualTo("0");
    }

    @Test
    void redeliveredEventsChangeNoFigure() {
        givenTheQuarters();
        String before = report(2026, 2, Set.of(A, B)).toString();

        events.forEach(store::deliver);

        assertThat(report(2026, 2, Set.of(A, B)).toString()).isEqualTo(before);
    }

    @Test
    void aQuarterWithNothingInItShowsZerosAndNoCases() {
        givenTheQuarters();

        Figures empty = report(2025, 3, Set.of(A, B)).allSettings().current();

        assertThat(empty.cases()).isEqualTo(SuppressedCount.of(0));
        assertThat(empty.medianFirstResponse().display()).isEqualTo("no cases");
        QuarterlyReport.Compliance firstResponse = report(2025, 3, Set.of(A, B)).compliance().get("FIRST_RESPONSE");
        assertThat(firstResponse.shareMet().display()).isEqualTo("no cases");
        assertThat(firstResponse.basis()).isEqualTo(QuarterlyReport.Basis.NONE);
    }

    // ---- the quarters ----

    private void givenTheQuarters() {
        for (int i = 1; i <= 5; i++) {
            answered("a-cyber-" + i, A, Category.CYBERBULLYING, Q2.plus(Duration.ofDays(i)), 10L * i);
        }
        unanswered("a-defam-1", A, Category.DEFAMATION, Q2.plus(Duration.ofMinutes(30)));
        unanswered("a-defam-2", A, Category.DEFAMATION, Q2.plus(Duration.ofDays(20)));
        unanswered("a-defam-3", A, Category.DEFAMATION, Q2.plus(Duration.ofDays(40)));
        unanswered("a-q1", A, Category.CYBERBULLYING, Q2.minus(Duration.ofMinutes(30)));
        for (int i = 1; i <= 2; i++) {
            hrCase("hr-" + i, A, Q2.plus(Duration.ofDays(10 + i)));
        }
        for (int i = 1; i <= 6; i++) {
            escalatedAndClosed("b-off-" + i, B, Q2.plus(Duration.ofDays(i)), i == 1);
        }
        for (int i = 1; i <= 5; i++) {
            complaint("complaint-" + i, B, Q2.plus(Duration.ofDays(30 + i)));
        }
        for (int i = 1; i <= 7; i++) {
            answered("c-" + i, C, Category.OTHER, Q2.plus(Duration.ofDays(i)), 5);
        }
    }

    private void answered(String id, String setting, Category category, Instant at, long minutes) {
        IncidentId i = IncidentId.of(id);
        Instant later = at.plus(Duration.ofMinutes(minutes));
        incident(id, setting, category, at)
                .add(2, new IncidentTriaged(i, Severity.LOW, "Seen", "dsl1", AllegationRoute.NONE), later)
                .add(3, new DeadlineMet(first(id), DeadlineKind.FIRST_RESPONSE, CaseType.INCIDENT, id), later);
    }

    private void missed(String id, String setting, Instant at) {
        incident(id, setting, Category.CYBERBULLYING, at).add(2, new DeadlineMissed(first(id),
                DeadlineKind.FIRST_RESPONSE, CaseType.INCIDENT, id, setting, at.plus(Duration.ofDays(1)), null),
                at.plus(Duration.ofDays(1)));
    }

    private void unanswered(String id, String setting, Category category, Instant at) {
        incident(id, setting, category, at);
    }

    private void escalatedAndClosed(String id, String setting, Instant at, boolean twiceToLado) {
        IncidentId i = IncidentId.of(id);
        Case c = incident(id, setting, category(), at)
                .add(2, new DeadlineMissed(first(id), DeadlineKind.FIRST_RESPONSE, CaseType.INCIDENT, id, setting,
                        at.plus(Duration.ofDays(1)), null), at.plus(Duration.ofDays(1)))
                .add(3, new EscalatedToPolice(i, "esc-" + id, PoliceReason.THREATS_OF_VIOLENCE, "Met", null, null),
                        at.plus(Duration.ofDays(2)))
                .add(4, new ReferredToAgency(i, "ref1-" + id, Agency.LADO, "Staff subject", null),
                        at.plus(Duration.ofDays(2)));
        if (twiceToLado) {
            c.add(5, new ReferredToAgency(i, "ref2-" + id, Agency.LADO, "Again", null), at.plus(Duration.ofDays(3)));
        }
        c.add(twiceToLado ? 6 : 5, new IncidentClosed(i, Outcome.POLICE_ACTION, "Police charged the account holder"),
                at.plus(Duration.ofDays(5)));
    }

    private static Category category() {
        return Category.OFFENSIVE_CONTENT;
    }

    private Case incident(String id, String setting, Category category, Instant at) {
        IncidentId i = IncidentId.of(id);
        return new Case("IncidentAggregate", id)
                .add(0, new IncidentLogged(i, setting, category, Platform.X, at.minus(Duration.ofHours(1)),
                        "Comments about a pupil", List.of(), List.of(
                        new Person(PersonId.of("p-" + id), "Pupil One", PersonRole.PUPIL, Involvement.TARGET),
                        new Person(PersonId.of("q-" + id), "Account Holder", PersonRole.MEMBER_OF_PUBLIC,
                                Involvement.SUBJECT)), false, "staff1"), at)
                .add(1, new DeadlineSet(first(id), DeadlineKind.FIRST_RESPONSE, CaseType.INCIDENT, id, setting,
                        at.plus(Duration.ofDays(1)), null), at);
    }

    private void hrCase(String id, String setting, Instant at) {
        DisciplinaryCaseId c = DisciplinaryCaseId.of(id);
        new Case("DisciplinaryCaseAggregate", id)
                .add(0, new DisciplinaryCaseOpened(c, setting, "Sam Teacher", PersonId.of("p-" + id), true, false,
                        "Posted about a colleague", null, "hr1"), at)
                .add(1, new OutcomeDecided(c, DisciplinaryOutcome.FINAL_WRITTEN_WARNING, "Serious", at.plus(Duration.ofDays(9)),
                        at.plus(Duration.ofDays(14)), at.plus(Duration.ofDays(365))), at.plus(Duration.ofDays(9)));
    }

    private void complaint(String id, String setting, Instant at) {
        new Case("ComplaintAggregate", id).add(0, new ComplaintReceived(ComplaintId.of(id), setting,
                ComplaintChannel.EMAIL, "A parent", "Unhappy", null, LocalDate.of(2026, 6, 30), "office1"), at);
    }

    private static String first(String id) {
        return DeadlineEvent.idOf(id, DeadlineKind.FIRST_RESPONSE, "1");
    }

    private QuarterlyReport report(int year, int quarter, Set<String> settings) {
        return store.ask(new FindQuarterlyReport(year, quarter, settings),
                ResponseTypes.instanceOf(QuarterlyReport.class));
    }

    /** One aggregate's events at the times given, each delivered at once and kept for redelivery. */
    private final class Case {
        private final String type;
        private final String id;

        Case(String type, String id) {
            this.type = type;
            this.id = id;
        }

        Case add(long seq, Object event, Instant at) {
            DomainEventMessage<?> m = new GenericDomainEventMessage<>(type, id, seq, event,
                    MetaData.with(Meta.ACTOR, "someone"), UUID.randomUUID().toString(), at);
            events.add(m);
            store.deliver(m);
            return this;
        }
    }
}
