package uk.tidemark.app.web.report;

import uk.tidemark.app.web.report.QuarterlyReports.Column;
import uk.tidemark.app.web.report.QuarterlyReports.View;
import uk.tidemark.kernel.report.QuarterlyReport.TrendPoint;
import uk.tidemark.kernel.report.SuppressedCount;
import uk.tidemark.kernel.report.SuppressedFigure;

import java.util.ArrayList;
import java.util.List;

/**
 * The report's three charts, the same SVG on the page and in the PDF, each with its table: the text equivalent a
 * screen reader reads, printed under the chart. Figures the small-number rule hides draw nothing.
 */
final class ReportCharts {

    /** A chart and the table that says the same in words. */
    record Chart(String id, String title, String svg, String table) {
    }

    private ReportCharts() {
    }

    /** The three charts, in the order the page and the PDF show them. */
    static List<Chart> of(View view, String prefix) {
        return List.of(byCategory(view, prefix + "-category"), trend(view, prefix + "-trend"),
                compliance(view, prefix + "-compliance"));
    }

    /** Cases by category this quarter beside the previous quarter, for all the settings (or the one). */
    static Chart byCategory(View view, String id) {
        Column column = view.headline();
        List<SvgBarChart.Bar> bars = column.current().byCategory().keySet().stream()
                .map(k -> new SvgBarChart.Bar(ReportLabels.of(k), List.of(column.current().byCategory().get(k),
                        column.previous().byCategory().get(k))))
                .toList();
        String title = "Cases by category, " + view.quarter().shortLabel() + " and "
                + view.previousQuarter().shortLabel();
        String description = "Bar chart of the cases logged in each category in " + view.quarter().shortLabel()
                + " and in " + view.previousQuarter().shortLabel() + ", "
                + (view.settings().size() == 1 ? column.name() : "all settings together")
                + ". Figures from 1 to 4 are shown as fewer than 5, without a bar.";
        List<String> series = List.of(view.quarter().shortLabel(), view.previousQuarter().shortLabel());
        return new Chart(id, title, SvgBarChart.render(id, title, description, series, bars),
                SvgBarChart.table(id, title, description, series, bars));
    }

    /** The cases logged in each of the last eight quarters, all the settings together. */
    static Chart trend(View view, String id) {
        List<String> quarters = quarterLabels(view);
        List<SuppressedCount> values = view.trend().stream().map(TrendPoint::cases).toList();
        String title = "Cases logged, the last eight quarters";
        String description = "Column chart of the cases logged in each quarter from "
                + view.trend().get(0).quarter().shortLabel() + " to " + view.quarter().shortLabel()
                + ", all settings together. Figures from 1 to 4 are shown as fewer than 5, without a column.";
        return new Chart(id, title, SvgColumnChart.render(id, title, description, quarters, values),
                SvgColumnChart.table(id, title, description, quarters, values));
    }

    /** The share of each statutory deadline met in each of the last eight quarters, all the settings together. */
    static Chart compliance(View view, String id) {
        List<String> quarters = quarterLabels(view);
        List<SvgLineChart.Line> lines = new ArrayList<>();
        for (String key : ReportRows.SUMMARY_SHARES) {
            List<SuppressedFigure> points = view.trend().stream().map(p -> p.shareMet().get(key)).toList();
            lines.add(new SvgLineChart.Line(ReportLabels.share(key), points));
        }
        String title = "Deadlines met, the last eight quarters";
        String description = "Line chart of the share of first responses, LADO referrals and complaint timescales met "
                + "in each quarter, all settings together. A quarter with fewer than 5 of a kind has no point.";
        return new Chart(id, title, SvgLineChart.render(id, title, description, quarters, lines),
                SvgLineChart.table(id, title, description, quarters, lines));
    }

    private static List<String> quarterLabels(View view) {
        return view.trend().stream().map(p -> p.quarter().shortLabel()).toList();
    }
}
