package uk.tidemark.command.report;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.tidemark.kernel.report.PublishQuarterlyReport;
import uk.tidemark.kernel.report.PublishedSetting;
import uk.tidemark.kernel.report.Quarter;
import uk.tidemark.kernel.report.QuarterReportId;
import uk.tidemark.kernel.report.QuarterlyReport;
import uk.tidemark.kernel.report.QuarterlyReport.Figures;
import uk.tidemark.kernel.report.QuarterlyReport.SettingReport;
import uk.tidemark.kernel.report.QuarterlyReportPublished;
import uk.tidemark.kernel.report.SuppressedCount;
import uk.tidemark.kernel.report.SuppressedFigure;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Publishing a quarter's report (issue 17): one event freezes it, numbered 1 then each correction; only once the
 * quarter has ended (UK time); with a narrative of plain text, named settings, the report asked for and its SHA-256.
 */
class ReportPublicationAggregateTest {

    private static final Map<String, Object> ACTOR = Map.of("actor", "dsl-ab");
    private static final Quarter Q3 = new Quarter(2026, 3);
    private static final List<PublishedSetting> SETTINGS = List.of(new PublishedSetting("setting-a", "Alder School"),
            new PublishedSetting("setting-b", "Birch School"));
    private static final QuarterReportId REPORT = QuarterReportId.of(Q3, List.of("setting-b", "setting-a"));
    private static final String SHA = "ab".repeat(32);
    /** Thursday 1 October 2026, 00:00 in London (BST): the first instant after Q3. */
    private static final Instant Q3_ENDED = Instant.parse("2026-09-30T23:00:00Z");

    private AggregateTestFixture<ReportPublicationAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ReportPublicationAggregate.class);
    }

    static Figures zeros() {
        SuppressedCount zero = SuppressedCount.of(0);
        return new Figures(zero, zero, zero, Map.of(), Map.of(), zero, Map.of(), zero, Map.of(), zero, zero, Map.of(),
                zero, zero, Map.of(), SuppressedFigure.medianMinutes(List.of()));
    }

    static QuarterlyReport report(Quarter quarter, String... settingIds) {
        List<SettingReport> settings = java.util.Arrays.stream(settingIds)
                .map(id -> new SettingReport(id, zeros(), zeros(), zeros())).toList();
        return new QuarterlyReport(quarter, quarter.previous(), quarter.sameQuarterLastYear(), settings,
                new SettingReport(null, zeros(), zeros(), zeros()), List.of(), Map.of());
    }

    private static PublishQuarterlyReport publish(String publicationId, String narrative) {
        return new PublishQuarterlyReport(REPORT, publicationId, Q3, "Test Trust", SETTINGS,
                report(Q3, "setting-a", "setting-b"), narrative, SHA);
    }

    private static QuarterlyReportPublished published(String publicationId, int version, String narrative) {
        return new QuarterlyReportPublished(REPORT, publicationId, version, Q3, "Test Trust", SETTINGS,
                report(Q3, "setting-a", "setting-b"), narrative, "dsl-ab", SHA);
    }

    @Test
    void aFirstPublicationIsVersionOneAndFreezesEverythingInOneEvent() {
        fixture.givenCurrentTime(Q3_ENDED)
                .when(publish("p-1", "A quiet quarter.\nTwo cases went to the police."), ACTOR)
                .expectEvents(published("p-1", 1, "A quiet quarter.\nTwo cases went to the police."))
                .expectResultMessagePayload(1);
    }

    @Test
    void aCorrectionIsTheNextVersionAndTheEarlierOnesStay() {
        fixture.given(published("p-1", 1, "First"), published("p-2", 2, "Second"))
                .andGivenCurrentTime(Q3_ENDED.plusSeconds(86_400))
                .when(publish("p-3", "Third"), ACTOR)
                .expectEvents(published("p-3", 3, "Third"))
                .expectResultMessagePayload(3);
    }

    @Test
    void cannotPublishAQuarterBeforeItHasEndedInUkTime() {
        // the quarter ends at midnight in London, 23:00 UTC in summer time: a second before, it has not ended
        fixture.givenCurrentTime(Q3_ENDED.minusSeconds(1))
                .when(publish("p-1", "Too soon"), ACTOR)
                .expectException(ReportPublicationRefused.class)
                .expectExceptionMessage("The report of July to September 2026 can be published once the quarter has "
                        + "ended, from Thursday 1 October 2026.")
                .expectNoEvents();
    }

    @Test
    void cannotPublishWithoutANarrativeOfPlainTextUpTo2000Characters() {
        for (String narrative : List.of("", "  \n ", "x".repeat(2001), "a\u0000b")) {
            setUp();
            fixture.givenCurrentTime(Q3_ENDED)
                    .when(publish("p-1", narrative), ACTOR)
                    .expectException(ReportPublicationRefused.class)
                    .expectExceptionMessage(org.hamcrest.Matchers.startsWith("The narrative "))
                    .expectNoEvents();
        }
    }

    @Test
    void cannotPublishWithoutKnowingWho() {
        fixture.givenCurrentTime(Q3_ENDED)
                .when(publish("p-1", "Fine"))
                .expectException(ReportPublicationRefused.class)
                .expectNoEvents();
    }

    @Test
    void cannotPublishFiguresOfAnotherQuarterOrOtherSettings() {
        List<PublishQuarterlyReport> mismatched = List.of(
                new PublishQuarterlyReport(REPORT, "p-1", Q3, "Test Trust", SETTINGS,
                        report(Q3.previous(), "setting-a", "setting-b"), "Words", SHA),
                new PublishQuarterlyReport(REPORT, "p-1", Q3, "Test Trust", SETTINGS, report(Q3, "setting-a"),
                        "Words", SHA),
                new PublishQuarterlyReport(QuarterReportId.of(Q3, List.of("setting-a")), "p-1", Q3, "Test Trust",
                        SETTINGS, report(Q3, "setting-a", "setting-b"), "Words", SHA),
                new PublishQuarterlyReport(REPORT, "p-1", Q3, "Test Trust", SETTINGS, null, "Words", SHA));
        for (PublishQuarterlyReport command : mismatched) {
            setUp();
            fixture.givenCurrentTime(Q3_ENDED).when(command, ACTOR)
                    .expectException(ReportPublicationRefused.class)
                    .expectExceptionMessage(ReportPublicationRule.THE_REPORT_ASKED_FOR.sentence())
                    .expectNoEvents();
        }
    }

    @Test
    void cannotPublishWithoutNamedSettingsUnderANamedTrust() {
        List<PublishQuarterlyReport> unnamed = List.of(
                new PublishQuarterlyReport(REPORT, "p-1", Q3, " ", SETTINGS, report(Q3, "setting-a", "setting-b"),
                        "Words", SHA),
                new PublishQuarterlyReport(REPORT, "p-1", Q3, "Test Trust", List.of(), report(Q3), "Words", SHA),
                new PublishQuarterlyReport(REPORT, "p-1", Q3, "Test Trust",
                        List.of(SETTINGS.get(0), new PublishedSetting("setting-b", "")),
                        report(Q3, "setting-a", "setting-b"), "Words", SHA),
                new PublishQuarterlyReport(REPORT, "p-1", Q3, "Test Trust", List.of(SETTINGS.get(0), SETTINGS.get(0)),
                        report(Q3, "setting-a"), "Words", SHA));
        for (PublishQuarterlyReport command : unnamed) {
            setUp();
            fixture.givenCurrentTime(Q3_ENDED).when(command, ACTOR)
                    .expectException(ReportPublicationRefused.class)
                    .expectExceptionMessage(ReportPublicationRule.SETTINGS_NAMED.sentence())
                    .expectNoEvents();
        }
    }

    @Test
    void cannotPublishWithoutItsSha256NorTheSamePublicationTwice() {
        for (String sha : java.util.Arrays.asList(null, "", "AB".repeat(32), "ab".repeat(31))) {
            setUp();
            fixture.givenCurrentTime(Q3_ENDED)
                    .when(new PublishQuarterlyReport(REPORT, "p-1", Q3, "Test Trust", SETTINGS,
                            report(Q3, "setting-a", "setting-b"), "Words", sha), ACTOR)
                    .expectException(ReportPublicationRefused.class)
                    .expectExceptionMessage(ReportPublicationRule.SEALED.sentence())
                    .expectNoEvents();
        }
        setUp();
        fixture.given(published("p-1", 1, "First")).andGivenCurrentTime(Q3_ENDED)
                .when(publish("p-1", "Again"), ACTOR)
                .expectException(ReportPublicationRefused.class)
                .expectExceptionMessage(ReportPublicationRule.ONCE.sentence())
                .expectNoEvents();
    }
}
