package uk.tidemark.app.web.report;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import uk.tidemark.app.web.report.QuarterlyReports.Column;
import uk.tidemark.app.web.report.QuarterlyReports.View;
import uk.tidemark.app.web.report.ReportRows.Measure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static uk.tidemark.app.web.report.SvgBarChart.esc;

/**
 * The report as a PDF: an XHTML document (headline figures, the category chart, then one table per group of
 * measures with a column per setting) rendered by openhtmltopdf, with its SVG support drawing the chart. The
 * text is real text, so it can be searched, copied and read by a screen reader (and by the tests, with PDFBox).
 */
final class ReportPdf {
    private static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    private ReportPdf() {
    }

    static byte[] render(View view) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useSVGDrawer(new BatikSVGDrawer());
        builder.withHtmlContent(html(view), null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String html(View view) {
        StringBuilder h = new StringBuilder();
        String title = "Quarterly report: " + view.quarter().label();
        h.append("<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"UTF-8\"/><title>").append(esc(title))
                .append("</title><style>")
                .append("@page{size:A4 landscape;margin:15mm}body{font-family:Helvetica,Arial,sans-serif;font-size:10pt;color:#0b0c0c}")
                .append("h1{font-size:18pt;margin:0 0 4pt}h2{font-size:13pt;margin:14pt 0 4pt}")
                .append("table{border-collapse:collapse;width:100%;margin-bottom:6pt}")
                .append("th,td{border-bottom:1px solid #b1b4b6;padding:3pt 4pt;text-align:left;vertical-align:top}")
                .append("td.n,th.n{text-align:right}.note{font-size:8.5pt;color:#505a5f}")
                .append("</style></head><body>");
        h.append("<h1>").append(esc(title)).append("</h1>");
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
                h.append(ReportCharts.byCategory(view, headline, "pdf-category"));
                first = false;
            }
        }
        return h.append("</body></html>").toString();
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
