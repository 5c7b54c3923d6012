package uk.tidemark.app.web.report;

import uk.tidemark.kernel.deadline.DeadlineKind;
import uk.tidemark.kernel.report.QuarterlyReport;
import uk.tidemark.kernel.report.QuarterlyReport.Basis;
import uk.tidemark.kernel.report.QuarterlyReport.Compliance;
import uk.tidemark.kernel.report.QuarterlyReport.Figures;
import uk.tidemark.kernel.report.SuppressedCount;
import uk.tidemark.kernel.report.SuppressedFigure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The measures of the report in the order every format shows them (page and PDF tables, CSV rows), each read from
 * a {@link Figures} as a {@link Cell}: its words and, when shown, its number. The small-number rule was applied on
 * the query side ({@link SuppressedCount}, {@link SuppressedFigure}); nothing here can undo it.
 */
final class ReportRows {

    /** A figure as the formats print it: its words, and its number when shown (null when suppressed). */
    record Cell(String display, BigDecimal value, boolean suppressed, String unit) {

        static Cell of(SuppressedCount count) {
            return new Cell(count.display(), count.shown() ? BigDecimal.valueOf(count.count()) : null,
                    !count.shown(), "count");
        }

        /** A median in minutes, as hours with two decimals for analysis (its words stay "2 hours 5 minutes"). */
        static Cell hours(SuppressedFigure minutes) {
            return new Cell(minutes.display(), minutes.shown() ? divide(minutes.value(), 60) : null,
                    !minutes.shown(), "hours");
        }

        /** A share in percent, as a proportion with two decimals for analysis (its words stay "63%"). */
        static Cell proportion(SuppressedFigure percent) {
            return new Cell(percent.display(), percent.shown() ? divide(percent.value(), 100) : null,
                    !percent.shown(), "proportion");
        }

        private static BigDecimal divide(double value, int by) {
            return BigDecimal.valueOf(value).divide(BigDecimal.valueOf(by), 2, RoundingMode.HALF_UP);
        }
    }

    /** One measure: its group ("Cases by category"), its name ("Cyberbullying") and how to read it. */
    record Measure(String group, String name, Function<Figures, Cell> read) {
    }

    /** One share of deadlines met: what it measures, its figure, and the period it was taken over, in words. */
    record Share(String key, String name, Cell cell, Basis basis) {
    }

    static final String SUMMARY = "Summary";
    static final String TOTAL_CASES = "Cases logged";
    static final String POLICE = "Referred to the police";
    static final String MEDIAN = "Median time to first response";

    /** The shares the summary shows: the statutory deadlines BRIEF.md names. */
    static final List<String> SUMMARY_SHARES = List.of(DeadlineKind.FIRST_RESPONSE.name(),
            DeadlineKind.LADO_REFERRAL.name(), QuarterlyReport.COMPLAINT_TIMESCALES);

    private ReportRows() {
    }

    /** The headline figures of the summary, in the order a board reads them. */
    static List<Measure> summary() {
        List<Measure> rows = new ArrayList<>();
        rows.add(count(SUMMARY, TOTAL_CASES, Figures::cases));
        rows.add(count(SUMMARY, "Cases closed in the quarter", Figures::closedInQuarter));
        rows.add(count(SUMMARY, "Cases open at the end of the quarter", Figures::openAtQuarterEnd));
        rows.add(count(SUMMARY, POLICE, Figures::policeEscalations));
        rows.add(count(SUMMARY, "Referred to the LADO", f -> f.referralsByAgency().get("LADO")));
        rows.add(count(SUMMARY, "Disciplinary cases opened", Figures::disciplinaryCases));
        rows.add(count(SUMMARY, "Disciplinary cases with an outcome", Figures::disciplinaryDecided));
        rows.add(count(SUMMARY, "Complaints received", Figures::complaints));
        rows.add(count(SUMMARY, "Complaints closed or withdrawn", Figures::complaintsConcluded));
        return rows;
    }

    /** The summary's measures in a word or two, in the same order, for a table with a column each. */
    static List<String> summaryShortNames() {
        return List.of("Logged", "Closed", "Open at the end", "Police", "LADO", "HR cases opened", "HR outcomes",
                "Complaints", "Complaints concluded");
    }

    /** The breakdowns behind the summary, with their keys read off {@code keys} (every enum value is there). */
    static List<Measure> details(Figures keys) {
        List<Measure> rows = new ArrayList<>();
        rows.add(new Measure("Time to first response", MEDIAN, f -> Cell.hours(f.medianFirstResponse())));
        family(rows, "Cases by category", Figures::byCategory, keys.byCategory());
        family(rows, "Cases by the furthest stage reached", Figures::byStageReached, keys.byStageReached());
        rows.add(count("Cases closed, by outcome", "Cases of the quarter now closed", Figures::closedCases));
        family(rows, "Cases closed, by outcome", Figures::byOutcome, keys.byOutcome());
        family(rows, "Cases referred, by agency", Figures::referralsByAgency, keys.referralsByAgency());
        family(rows, "Disciplinary outcomes", Figures::disciplinaryOutcomes, keys.disciplinaryOutcomes());
        family(rows, "Complaints, by where they stand", Figures::complaintsByStage, keys.complaintsByStage());
        return rows;
    }

    /** Every measure: the summary's, then the details'. */
    static List<Measure> all(Figures keys) {
        List<Measure> rows = new ArrayList<>(summary());
        rows.addAll(details(keys));
        return rows;
    }

    /** The shares of deadlines met, the summary's first. */
    static List<Share> shares(Map<String, Compliance> compliance) {
        List<Share> shares = new ArrayList<>();
        for (String key : SUMMARY_SHARES) {
            Compliance c = compliance.get(key);
            if (c != null) {
                shares.add(new Share(key, ReportLabels.share(key), Cell.proportion(c.shareMet()), c.basis()));
            }
        }
        compliance.forEach((key, c) -> {
            if (!SUMMARY_SHARES.contains(key)) {
                shares.add(new Share(key, ReportLabels.share(key), Cell.proportion(c.shareMet()), c.basis()));
            }
        });
        return shares;
    }

    private static Measure count(String group, String name, Function<Figures, SuppressedCount> read) {
        return new Measure(group, name, f -> Cell.of(read.apply(f)));
    }

    private static void family(List<Measure> rows, String group, Function<Figures, Map<String, SuppressedCount>> map,
                               Map<String, SuppressedCount> keys) {
        for (String key : keys.keySet()) {
            rows.add(new Measure(group, ReportLabels.of(key), f -> Cell.of(map.apply(f).get(key))));
        }
    }
}
