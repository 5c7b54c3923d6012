package uk.tidemark.app.web.report;

import uk.tidemark.app.web.report.QuarterlyReports.Column;
import uk.tidemark.app.web.report.QuarterlyReports.View;

import java.util.List;

/** The report's charts, the same SVG in the PDF and on the page. */
final class ReportCharts {

    private ReportCharts() {
    }

    /** Cases by category for one column, this quarter against the previous one. */
    static String byCategory(View view, Column column, String id) {
        List<SvgBarChart.Bar> bars = column.current().byCategory().keySet().stream()
                .map(k -> new SvgBarChart.Bar(ReportLabels.of(k), List.of(column.current().byCategory().get(k),
                        column.previous().byCategory().get(k))))
                .toList();
        return SvgBarChart.render(id, "Cases by category, " + column.name(),
                "Bar chart of the cases logged in each category in " + view.quarter().shortLabel() + " and "
                        + view.previousQuarter().shortLabel() + ". Figures from 1 to 4 are shown as fewer than 5, "
                        + "without a bar.",
                List.of(view.quarter().shortLabel(), view.previousQuarter().shortLabel()), bars);
    }
}
