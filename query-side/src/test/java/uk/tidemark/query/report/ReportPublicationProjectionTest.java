package uk.tidemark.query.report;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.tidemark.kernel.report.FindReportPublication;
import uk.tidemark.kernel.report.FindReportPublications;
import uk.tidemark.kernel.report.PublicationSummary;
import uk.tidemark.kernel.report.PublishedSetting;
import uk.tidemark.kernel.report.Quarter;
import uk.tidemark.kernel.report.QuarterReportId;
import uk.tidemark.kernel.report.QuarterlyReport;
import uk.tidemark.kernel.report.QuarterlyReport.Compliance;
import uk.tidemark.kernel.report.QuarterlyReport.Figures;
import uk.tidemark.kernel.report.QuarterlyReport.SettingReport;
import uk.tidemark.kernel.report.QuarterlyReport.TrendPoint;
import uk.tidemark.kernel.report.QuarterlyReportPublished;
import uk.tidemark.kernel.report.ReportPublication;
import uk.tidemark.kernel.report.SuppressedCount;
import uk.tidemark.kernel.report.SuppressedFigure;
import uk.tidemark.query.Stream;
import uk.tidemark.query.TestStore;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The published reports' read model (issue 17): each publication is stored once from its event and reads back as it
 * was frozen, the report whole; a reader sees those whose every setting is theirs; a replay gives the same.
 */
class ReportPublicationProjectionTest {

    private static final Quarter Q3 = new Quarter(2026, 3);
    private static final Instant PUBLISHED = Instant.parse("2026-10-05T09:00:00Z");
    private static final PublishedSetting ALDER = new PublishedSetting("setting-a", "Alder School");
    private static final PublishedSetting BIRCH = new PublishedSetting("setting-b", "Ysgol Bryn ŵŷ");

    private final TestStore store = new TestStore();

    ReportPublicationProjectionTest() {
        store.projection(ReportPublicationProjection::new);
        store.queries(ReportPublicationQueries::new);
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** Figures with every kind of value the report holds: shown, fewer than 5, withheld, a share and a median. */
    static Figures figures(int cases) {
        Map<String, SuppressedCount> byCategory = new LinkedHashMap<>();
        byCategory.put("CYBERBULLYING", SuppressedCount.withheld());
        byCategory.put("DEFAMATION", SuppressedCount.of(3));
        byCategory.put("OTHER", SuppressedCount.of(0));
        SuppressedCount n = SuppressedCount.of(cases);
        return new Figures(n, SuppressedCount.of(5), SuppressedCount.of(0), byCategory, Map.of("NEW", n),
                SuppressedCount.of(0), Map.of(), SuppressedCount.of(6), Map.of("LADO", SuppressedCount.of(2)), n, n,
                Map.of(QuarterlyReport.NO_OUTCOME, n), n, n, Map.of("RECEIVED", n),
                SuppressedFigure.medianMinutes(List.of(15L, 20L, 25L, 40L, 125L)));
    }

    static QuarterlyReport report(Quarter quarter, List<PublishedSetting> settings) {
        Map<String, Compliance> compliance = new LinkedHashMap<>();
        compliance.put("FIRST_RESPONSE", new Compliance(SuppressedFigure.shareOfAtLeastFive(8, 10),
                QuarterlyReport.Basis.QUARTER));
        compliance.put(QuarterlyReport.COMPLAINT_TIMESCALES, new Compliance(SuppressedFigure.share(0, 2),
                QuarterlyReport.Basis.NONE));
        return new QuarterlyReport(quarter, quarter.previous(), quarter.sameQuarterLastYear(),
                settings.stream().map(s -> new SettingReport(s.settingId(), figures(9), figures(0), figures(12)))
                        .toList(),
                new SettingReport(null, figures(9), figures(0), figures(12)),
                List.of(new TrendPoint(quarter.previous(), SuppressedCount.of(0), Map.of()),
                        new TrendPoint(quarter, SuppressedCount.of(9),
                                Map.of("FIRST_RESPONSE", SuppressedFigure.shareOfAtLeastFive(8, 10)))),
                compliance);
    }

    static QuarterlyReportPublished published(String publicationId, int version, List<PublishedSetting> settings,
                                              String narrative) {
        return new QuarterlyReportPublished(QuarterReportId.of(Q3, settings.stream().map(PublishedSetting::settingId)
                .toList()), publicationId, version, Q3, "Test Trust", settings, report(Q3, settings), narrative,
                "dsl-ab", "ab".repeat(32));
    }

    private Optional<ReportPublication> find(String id) {
        return store.ask(new FindReportPublication(id), ResponseTypes.optionalInstanceOf(ReportPublication.class));
    }

    private List<PublicationSummary> list(String... settingIds) {
        return store.ask(new FindReportPublications(Set.of(settingIds)),
                ResponseTypes.multipleInstancesOf(PublicationSummary.class));
    }

    @Test
    void aPublicationReadsBackExactlyAsItsEventFrozeIt() {
        String narrative = "A quieter quarter.\n\n\tTwo referrals; <b>no</b> names & \"no\" HTML.";
        QuarterlyReportPublished event = published("p-1", 1, List.of(ALDER, BIRCH), narrative);
        Stream stream = new Stream("ReportPublicationAggregate", event.reportId().value(), PUBLISHED)
                .then("dsl-ab", event);
        store.deliverAll(stream.messages());
        store.deliver(stream.message(0)); // redelivered: nothing changes

        ReportPublication read = find("p-1").orElseThrow();
        assertThat(read).isEqualTo(new ReportPublication("p-1", event.reportId(), Q3, 1, "Test Trust",
                List.of(ALDER, BIRCH), event.report(), narrative, "dsl-ab", PUBLISHED, "ab".repeat(32)));
        assertThat(read.report()).isEqualTo(event.report());
        // the maps keep the report's order (the enum's), which the formats print in
        assertThat(read.report().allSettings().current().byCategory().keySet())
                .containsExactly("CYBERBULLYING", "DEFAMATION", "OTHER");
        assertThat(store.raw("report_publications")).hasSize(1);
        assertThat(find("p-2")).isEmpty();
        assertThat(find(" ")).isEmpty();
    }

    @Test
    void aReaderSeesThePublicationsWhoseEverySettingIsTheirsNewestVersionFirst() {
        QuarterlyReportPublished trust1 = published("trust-1", 1, List.of(ALDER, BIRCH), "One");
        QuarterlyReportPublished trust2 = published("trust-2", 2, List.of(ALDER, BIRCH), "Two");
        QuarterlyReportPublished alder = published("alder-1", 1, List.of(ALDER), "Alder alone");
        store.deliverAll(new Stream("ReportPublicationAggregate", trust1.reportId().value(), PUBLISHED)
                .then("dsl-ab", trust1).then("dsl-ab", trust2).messages());
        store.deliverAll(new Stream("ReportPublicationAggregate", alder.reportId().value(), PUBLISHED)
                .then("head-a", alder).messages());

        assertThat(list("setting-a", "setting-b", "setting-c")).extracting(PublicationSummary::publicationId)
                .containsExactly("alder-1", "trust-2", "trust-1")
                .isEqualTo(list("setting-b", "setting-a").stream().map(PublicationSummary::publicationId).toList());
        assertThat(list("setting-a")).extracting(PublicationSummary::publicationId).containsExactly("alder-1");
        assertThat(list("setting-b")).isEmpty();
        assertThat(list()).isEmpty();
        PublicationSummary newest = list("setting-a", "setting-b").get(1);
        assertThat(newest).isEqualTo(new PublicationSummary("trust-2", trust2.reportId(), Q3, 2,
                List.of("setting-a", "setting-b"), "dsl-ab", PUBLISHED.plusSeconds(60), "ab".repeat(32)));
    }

    @Test
    void aReplayFromZeroStoresTheSameDocuments() {
        Stream stream = new Stream("ReportPublicationAggregate", "report-2026-Q3-x", PUBLISHED)
                .then("dsl-ab", published("p-1", 1, List.of(ALDER, BIRCH), "One"))
                .then("dsl-ab", published("p-2", 2, List.of(ALDER, BIRCH), "Two"));
        store.deliverAll(stream.messages());
        var before = store.raw("report_publications");

        store.resetTokens();
        assertThat(store.raw("report_publications")).isEmpty();
        store.deliverAll(stream.messages());

        assertThat(store.raw("report_publications")).isEqualTo(before);
    }

    @Test
    void oddNamesAndIdsAndTheLongestNarrativeAreStoredAsTheyAre() {
        List<PublishedSetting> odd = List.of(new PublishedSetting("$id.with.dots", "Zoë 😀 \u202Eevil $where"),
                new PublishedSetting("a/b/c", "{\"$gt\":1}"));
        String longest = "😀".repeat(2000);
        QuarterlyReportPublished event = new QuarterlyReportPublished(QuarterReportId.of("r"), "p-odd", 1, Q3, null,
                odd, report(Q3, odd), longest, null, null);
        store.deliver(Stream.single("ReportPublicationAggregate", "r", 0, event, Instant.MAX));

        ReportPublication read = find("p-odd").orElseThrow();
        assertThat(read.settings()).isEqualTo(odd);
        assertThat(read.narrative()).isEqualTo(longest);
        assertThat(read.report()).isEqualTo(event.report());
        assertThat(list("$id.with.dots", "a/b/c")).extracting(PublicationSummary::publicationId)
                .containsExactly("p-odd");
    }
}
