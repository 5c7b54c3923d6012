package uk.tidemark.kernel.report;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The small-number rule (docs/decisions/0014) and the quarters, as values. */
class SmallNumberRuleTest {

    @Test
    void oneToFourIsFewerThanFiveAndCarriesNoValue() {
        for (int n = 1; n <= 4; n++) {
            SuppressedCount c = SuppressedCount.of(n);
            assertThat(c.display()).isEqualTo("fewer than 5");
            assertThat(c.count()).isNull();
        }
        assertThat(SuppressedCount.of(0).display()).isEqualTo("0");
        assertThat(SuppressedCount.of(5).count()).isEqualTo(5);
        assertThat(SuppressedCount.withheld().display()).isEqualTo("withheld");
    }

    @Test
    void noSmallCountCanBeBuiltByHand() {
        assertThatThrownBy(() -> new SuppressedCount(3, SuppressedCount.Status.SHOWN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SuppressedCount(3, SuppressedCount.Status.FEWER_THAN_5))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aShareOrMedianOfOneToFourCasesIsNotShown() {
        assertThat(SuppressedFigure.share(2, 4).display()).isEqualTo("fewer than 5 cases");
        assertThat(SuppressedFigure.share(0, 0).display()).isEqualTo("no cases");
        assertThat(SuppressedFigure.share(9, 10).display()).as("1 missed of 10 would show").isEqualTo("withheld");
        assertThat(SuppressedFigure.share(5, 10).display()).isEqualTo("50%");
        assertThat(SuppressedFigure.medianMinutes(List.of(1L, 2L, 3L, 4L)).display()).isEqualTo("fewer than 5 cases");
        assertThat(SuppressedFigure.medianMinutes(List.of(50L, 10L, 30L, 20L, 40L, 600L)).value()).isEqualTo(35.0);
        assertThat(SuppressedFigure.medianMinutes(List.of(1500L, 10L, 30L, 20L, 2000L)).display())
                .isEqualTo("30 minutes");
        assertThat(SuppressedFigure.duration(24 * 60 + 65)).isEqualTo("1 day 1 hour");
        assertThat(SuppressedFigure.duration(125)).isEqualTo("2 hours 5 minutes");
        assertThat(SuppressedFigure.duration(0)).isEqualTo("under a minute");
    }

    @Test
    void theTrustsShareIsShownFromFiveDeadlinesEvenWithFewMissed() {
        assertThat(SuppressedFigure.shareOfAtLeastFive(5, 8).display()).isEqualTo("63%");
        assertThat(SuppressedFigure.shareOfAtLeastFive(199, 200).display()).as("never 100% with one missed")
                .isEqualTo("99%");
        assertThat(SuppressedFigure.shareOfAtLeastFive(1, 200).display()).isEqualTo("1%");
        assertThat(SuppressedFigure.shareOfAtLeastFive(3, 4).display()).isEqualTo("fewer than 5 cases");
        assertThat(SuppressedFigure.shareOfAtLeastFive(0, 0).display()).isEqualTo("no cases");
    }

    @Test
    void quartersCountBackAcrossYears() {
        assertThat(new Quarter(2026, 1).minus(1)).isEqualTo(new Quarter(2025, 4));
        assertThat(new Quarter(2026, 3).minus(7)).isEqualTo(new Quarter(2024, 4));
        assertThat(new Quarter(2026, 3).sameQuarterLastYear()).isEqualTo(new Quarter(2025, 3));
    }

    @Test
    void quartersAreCalendarQuartersInUkTime() {
        Quarter q2 = new Quarter(2026, 2);
        assertThat(q2.start()).isEqualTo(Instant.parse("2026-03-31T23:00:00Z"));
        assertThat(q2.end()).isEqualTo(Instant.parse("2026-06-30T23:00:00Z"));
        assertThat(Quarter.containing(Instant.parse("2026-03-31T23:30:00Z"))).isEqualTo(q2);
        assertThat(Quarter.containing(Instant.parse("2026-03-31T22:30:00Z"))).isEqualTo(new Quarter(2026, 1));
        assertThat(new Quarter(2026, 1).previous()).isEqualTo(new Quarter(2025, 4));
        assertThat(new Quarter(2025, 4).start()).isEqualTo(Instant.parse("2025-10-01T00:00:00Z").minusSeconds(3600));
        assertThat(new Quarter(2025, 4).label()).isEqualTo("October to December 2025");
        assertThatThrownBy(() -> new Quarter(2026, 5)).isInstanceOf(IllegalArgumentException.class);
    }
}
