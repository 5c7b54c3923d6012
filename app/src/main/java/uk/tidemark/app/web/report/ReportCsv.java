package uk.tidemark.app.web.report;

import uk.tidemark.app.web.csv.SafeCsv;
import uk.tidemark.app.web.csv.SafeCsv.Cell;
import uk.tidemark.app.web.report.QuarterlyReports.Column;
import uk.tidemark.app.web.report.QuarterlyReports.View;
import uk.tidemark.app.web.report.ReportRows.Measure;
import uk.tidemark.app.web.report.ReportRows.Share;
import uk.tidemark.kernel.report.Quarter;
import uk.tidemark.kernel.report.QuarterlyReport.Basis;
import uk.tidemark.kernel.report.QuarterlyReport.Figures;
import uk.tidemark.kernel.report.QuarterlyReport.TrendPoint;
import uk.tidemark.kernel.report.QuarterlyReport;
import uk.tidemark.kernel.report.SuppressedFigure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The report for analysis (docs/api.md "Quarterly report CSV"): RFC 4180, UTF-8, one row per figure. The columns:
 * <ul>
 *   <li>{@code quarter} ("2026 Q4"), {@code setting_id} (empty for all the settings together), {@code setting};</li>
 *   <li>{@code group} and {@code measure}, in the page's words;</li>
 *   <li>{@code unit}: {@code count}, {@code proportion} (a share met, 0 to 1) or {@code hours} (a median);</li>
 *   <li>{@code value}: the number, or empty when the figure is not shown — a numeric column, nothing else in it;</li>
 *   <li>{@code suppressed}: {@code true} when the small-number rule hides the figure, else {@code false};</li>
 *   <li>{@code shown_as}: the words the report prints ("12", "63%", "fewer than 5", "withheld", "no cases");</li>
 *   <li>{@code basis}: for a share, {@code quarter} or {@code four quarters} (the four to the quarter's end).</li>
 * </ul>
 * The three quarters of the report (this one, the previous one, the same one a year before) carry every measure
 * for every setting; the other quarters of the eight-quarter trend carry the trend's figures.
 */
final class ReportCsv {
    static final List<String> HEADER = List.of("quarter", "setting_id", "setting", "group", "measure", "unit", "value",
            "suppressed", "shown_as", "basis");
    static final String SHARES = "Deadlines met";
    static final String TREND_SHARES = "Deadlines met, each quarter alone";

    private ReportCsv() {
    }

    static String write(View view) {
        List<List<Cell>> rows = new ArrayList<>();
        List<Measure> measures = ReportRows.all(view.allSettings().current());
        List<Quarter> full = List.of(view.quarter(), view.previousQuarter(), view.sameQuarterLastYear());
        for (Quarter quarter : full) {
            for (Column column : view.columns()) {
                Figures figures = quarter.equals(view.quarter()) ? column.current()
                        : quarter.equals(view.previousQuarter()) ? column.previous() : column.lastYear();
                for (Measure m : measures) {
                    rows.add(row(quarter, column, m.group(), m.name(), m.read().apply(figures), null));
                }
            }
        }
        Column all = view.allSettings();
        for (Share share : ReportRows.shares(view.compliance())) {
            rows.add(row(view.quarter(), all, SHARES, share.name(), share.cell(), share.basis()));
        }
        for (TrendPoint point : view.trend()) {
            if (!full.contains(point.quarter())) {
                rows.add(row(point.quarter(), all, ReportRows.SUMMARY, ReportRows.TOTAL_CASES,
                        ReportRows.Cell.of(point.cases()), null));
            }
            for (Map.Entry<String, SuppressedFigure> share : point.shareMet().entrySet()) {
                rows.add(row(point.quarter(), all, TREND_SHARES, ReportLabels.share(share.getKey()),
                        ReportRows.Cell.proportion(share.getValue()), Basis.QUARTER));
            }
        }
        // issue 18: each setting's shares of staff, as they stood when the report was made
        for (QuarterlyReports.PolicyColumn column : view.policies()) {
            for (QuarterlyReport.PolicyShare p : column.figures().policies()) {
                rows.add(policyRow(view.quarter(), column, p.title() + ", version " + p.version() + ": acknowledged",
                        p.acknowledged()));
            }
            rows.add(policyRow(view.quarter(), column, TRAINING, column.figures().trainingInDate()));
        }
        return SafeCsv.write(HEADER, rows);
    }

    static final String POLICIES = "Policies and training";
    static final String TRAINING = "Training in date";

    private static List<Cell> policyRow(Quarter quarter, QuarterlyReports.PolicyColumn column, String measure,
                                        SuppressedFigure share) {
        ReportRows.Cell cell = ReportRows.Cell.proportion(share);
        return List.of(SafeCsv.text(quarter.year() + " Q" + quarter.quarter()),
                SafeCsv.text(column.figures().settingId()), SafeCsv.text(column.name()), SafeCsv.text(POLICIES),
                SafeCsv.text(measure), SafeCsv.text(cell.unit()), SafeCsv.number(cell.value()),
                SafeCsv.text(String.valueOf(cell.suppressed())), SafeCsv.text(cell.display()), SafeCsv.text(null));
    }

    private static List<Cell> row(Quarter quarter, Column column, String group, String measure, ReportRows.Cell cell,
                                  Basis basis) {
        return List.of(SafeCsv.text(quarter.year() + " Q" + quarter.quarter()), SafeCsv.text(column.settingId()),
                SafeCsv.text(column.name()), SafeCsv.text(group), SafeCsv.text(measure), SafeCsv.text(cell.unit()),
                SafeCsv.number(cell.value()), SafeCsv.text(String.valueOf(cell.suppressed())),
                SafeCsv.text(cell.display()), SafeCsv.text(basis == null || basis == Basis.NONE ? null
                        : basis == Basis.FOUR_QUARTERS ? "four quarters" : "quarter"));
    }
}
