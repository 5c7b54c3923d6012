package uk.tidemark.app.web.report;

import uk.tidemark.app.web.report.QuarterlyReports.Column;
import uk.tidemark.app.web.report.QuarterlyReports.View;
import uk.tidemark.app.web.report.ReportRows.Measure;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static uk.tidemark.app.web.report.SvgBarChart.esc;

/**
 * The report as a PDF: an XHTML body (headline figures, the category chart, then one table per group of measures
 * with a column per setting) that {@link BoardPackPdf} makes into a board-pack PDF. The text is real text, so it
 * can be searched, copied and read by a screen reader (and by the tests, with PDFBox).
 */
final class ReportPdf {
    private static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    private ReportPdf() {
    }

    static byte[] render(View view) {
        return BoardPackPdf.render(title(view), "Quarterly report, " + view.quarter().label(), body(view));
    }

    private static String title(View view) {
        return "Quarterly report: " + view.quarter().label();
    }

    /** The inside of the document's body; {@link BoardPackPdf} styles it and frames it in pages. */
    static String body(View view) {
        StringBuilder h = new StringBuilder();
        h.append("<h1>").append(esc(title(view))).append("</h1>");
        h.append("<p class=\"note\">").append(esc(view.quarter().shortLabel())).append(", compared with ")
                .append(esc(view.previousQuarter().shortLabel())).append(". Generated ")
                .append(esc(GENERATED.format(view.generatedAt()))).append(". ")
                .append(esc(QuarterlyReportController.RULE)).append("</p>");

        List<Column> columns = view.columns();
        Map<String, List<Measure>> groups = new LinkedHashMap<>();
        for (Measure m : ReportRows.all(view.allSettings().current())) {
            groups.computeIfAbsent(m.group(), g -> new java.util.ArrayList<>()).add(m);
        }
        boolean first = true;
        for (Map.Entry<String, List<Measure>> group : groups.entrySet()) {
            h.append("<h2>").append(esc(group.getKey())).append("</h2>");
            table(h, columns, group.getValue(), view);
            if (first) {
                Column headline = columns.get(columns.size() - 1);
                h.append("<h2>Cases by category, ").append(esc(headline.name())).append("</h2>");
                h.append("<figure class=\"chart\">").append(ReportCharts.byCategory(view, headline, "pdf-category"))
                        .append("</figure>");
                first = false;
            }
        }
        return h.toString();
    }

    private static void table(StringBuilder h, List<Column> columns, List<Measure> measures, View view) {
        h.append("<table><thead><tr><th scope=\"col\">Measure</th>");
        for (Column c : columns) {
            h.append("<th scope=\"col\" class=\"n\">").append(esc(c.name())).append("<br/>")
                    .append(esc(view.quarter().shortLabel())).append("</th>");
            h.append("<th scope=\"col\" class=\"n\">").append(esc(c.name())).append("<br/>")
                    .append(esc(view.previousQuarter().shortLabel())).append("</th>");
        }
        h.append("</tr></thead><tbody>");
        for (Measure m : measures) {
            h.append("<tr><th scope=\"row\">").append(esc(m.name())).append("</th>");
            for (Column c : columns) {
                h.append("<td class=\"n\">").append(esc(m.read().apply(c.current()).display())).append("</td>");
                h.append("<td class=\"n\">").append(esc(m.read().apply(c.previous()).display())).append("</td>");
            }
            h.append("</tr>");
        }
        h.append("</tbody></table>");
    }
}
