package uk.tidemark.app.web.report;

import uk.tidemark.app.web.report.QuarterlyReportPage.DetailRow;
import uk.tidemark.app.web.report.QuarterlyReportPage.SettingRow;
import uk.tidemark.app.web.report.QuarterlyReportPage.ShareRow;
import uk.tidemark.app.web.report.QuarterlyReportPage.SummaryRow;
import uk.tidemark.app.web.report.QuarterlyReportPage.Table;
import uk.tidemark.app.web.report.QuarterlyReports.View;
import uk.tidemark.app.time.LondonTimes;


import java.util.Locale;
import uk.tidemark.kernel.report.QuarterlyReport;

import static uk.tidemark.app.web.report.SvgBarChart.esc;

/**
 * The report as a PDF for a board pack (decision 0014): page 1 is the summary (the trust, the quarter, the headline
 * figures with their direction, the deadlines met and the DSL's narrative when published); then the charts, each
 * whole on a page with its table; the settings side by side; the detail; and the rule, once, at the end. The same
 * rows as the page, written as XHTML and laid out by {@link BoardPackPdf}: A4 portrait, the trust and the quarter
 * and "page N of M" on every page, fonts embedded, tagged for accessibility.
 */
final class ReportPdf {

    /** What the policies' shares are, as the page says it. */
    static final String POLICIES_NOTE = "Of the staff each policy in force asked, the share who have acknowledged it; "
            + "of the staff asked, the share whose training is in date. As they stood when the report was made. A share "
            + "is not shown for fewer than 5 staff, nor when 1 to 4 have or have not, so that nobody can be picked out.";

    private ReportPdf() {
    }

    static byte[] render(View view) {
        return BoardPackPdf.render(title(view), view.trustName() + " · Quarterly report, " + view.quarter().label(),
                body(view));
    }

    static String title(View view) {
        return view.trustName() + ": quarterly report, " + view.quarter().label();
    }

    static String body(View view) {
        StringBuilder h = new StringBuilder();
        h.append("<section class=\"summary\">");
        h.append("<p class=\"caption\">").append(esc(view.trustName())).append("</p>");
        h.append("<h1>Quarterly report: ").append(esc(view.quarter().label())).append("</h1>");
        if (view.publication() == null) {
            h.append("<p class=\"note\">Today's figures, taken ")
                    .append(esc(LondonTimes.fullWithTime(view.generatedAt()))).append(": they change as cases move on. Not yet published.</p>");
        } else {
            h.append("<p class=\"note\">Published by ").append(esc(view.publication().publishedBy())).append(" on ")
                    .append(esc(LondonTimes.full(view.publication().publishedAt())))
                    .append(", version ").append(view.publication().version())
                    .append(". These figures are as they stood then. Fingerprint (SHA-256) ")
                    .append(esc(view.publication().sha256().substring(0, 16))).append("…</p>");
        }
        h.append("<h2>Summary, ").append(esc(view.headline().name().toLowerCase(Locale.UK))).append("</h2>");
        h.append("<table class=\"figures\"><thead><tr><th scope=\"col\">Measure</th><th scope=\"col\" class=\"n\">")
                .append(esc(view.quarter().shortLabel()))
                .append("</th><th scope=\"col\" class=\"n\">Previous quarter<br/>")
                .append(esc(view.previousQuarter().shortLabel()))
                .append("</th><th scope=\"col\" class=\"n\">A year before<br/>")
                .append(esc(view.sameQuarterLastYear().shortLabel())).append("</th></tr></thead><tbody>");
        for (SummaryRow row : QuarterlyReportPage.summary(view)) {
            h.append("<tr><th scope=\"row\">").append(esc(row.measure())).append("</th><td class=\"n\"><strong>")
                    .append(esc(row.current())).append("</strong>");
            if (!row.direction().isEmpty()) {
                h.append("<br/><span class=\"direction\">").append(esc(row.direction())).append("</span>");
            }
            h.append("</td><td class=\"n\">").append(esc(row.previous())).append("</td><td class=\"n\">")
                    .append(esc(row.lastYear())).append("</td></tr>");
        }
        h.append("</tbody></table>");
        h.append("<h2>Deadlines met</h2><table class=\"shares\"><tbody>");
        for (ReportRows.Share share : ReportRows.shares(view.compliance())) {
            if (ReportRows.SUMMARY_SHARES.contains(share.key())) {
                ShareRow row = QuarterlyReportPage.shareRow(view, share);
                h.append("<tr><th scope=\"row\">").append(esc(row.measure())).append("</th><td class=\"n share\">")
                        .append(esc(row.share())).append("</td><td class=\"basis\">").append(esc(row.basis()))
                        .append("</td></tr>");
            }
        }
        h.append("</tbody></table>");
        if (view.publication() != null) {
            h.append("<h2>From the designated safeguarding lead</h2><div class=\"narrative\">");
            for (String paragraph : view.publication().narrative().split("\\R")) {
                h.append("<p>").append(esc(paragraph)).append("</p>");
            }
            h.append("</div>");
        }
        h.append("</section>");

        boolean first = true;
        for (ReportCharts.Chart chart : ReportCharts.of(view, "pdf")) {
            h.append("<section class=\"chart-section").append(first ? " new-page" : "").append("\"><h2>")
                    .append(esc(chart.title())).append("</h2>")
                    .append("<figure class=\"chart\" title=\"").append(esc(chart.title())).append("\">")
                    .append(chart.svg()).append("</figure>")
                    .append("<div class=\"chart-table\">").append(chart.table()).append("</div></section>");
            first = false;
        }

        if (view.settings().size() > 1) {
            h.append("<section class=\"settings\"><h2>Settings side by side, ").append(esc(view.quarter().shortLabel()))
                    .append("</h2><table class=\"figures by-setting\"><thead><tr><th scope=\"col\">Setting</th>");
            for (String name : ReportRows.summaryShortNames()) {
                h.append("<th scope=\"col\" class=\"n\">").append(esc(name)).append("</th>");
            }
            h.append("</tr></thead><tbody>");
            for (SettingRow row : QuarterlyReportPage.bySetting(view)) {
                h.append("<tr><th scope=\"row\">").append(esc(row.name())).append("</th>");
                for (String figure : row.figures()) {
                    h.append("<td class=\"n\">").append(esc(figure)).append("</td>");
                }
                h.append("</tr>");
            }
            h.append("</tbody></table></section>");
        }

        if (!view.policies().isEmpty()) { // issue 18: as on the page, a share of staff per setting
            h.append("<section class=\"policies\"><h2>Policies and training</h2><p>").append(esc(POLICIES_NOTE))
                    .append("</p>");
            for (QuarterlyReports.PolicyColumn column : view.policies()) {
                h.append("<table class=\"shares\"><caption>").append(esc(column.name())).append("</caption><thead>")
                        .append("<tr><th scope=\"col\">Policy or training</th><th scope=\"col\" class=\"n\">Share of ")
                        .append("staff</th></tr></thead><tbody>");
                for (QuarterlyReport.PolicyShare p : column.figures().policies()) {
                    h.append("<tr><th scope=\"row\">").append(esc(p.title() + ", version " + p.version()
                            + ": acknowledged")).append("</th><td class=\"n share\">")
                            .append(esc(p.acknowledged().display())).append("</td></tr>");
                }
                h.append("<tr><th scope=\"row\">Training in date</th><td class=\"n share\">")
                        .append(esc(column.figures().trainingInDate().display())).append("</td></tr></tbody></table>");
            }
            h.append("</section>");
        }

        h.append("<section class=\"detail\"><h2>The detail, ")
                .append(esc(view.headline().name().toLowerCase(Locale.UK)))
                .append("</h2>");
        for (Table table : QuarterlyReportPage.details(view)) {
            h.append("<table class=\"figures\"><caption>").append(esc(table.title())).append("</caption><thead><tr>")
                    .append("<th scope=\"col\">Measure</th><th scope=\"col\" class=\"n\">")
                    .append(esc(view.quarter().shortLabel()))
                    .append("</th><th scope=\"col\" class=\"n\">").append(esc(view.previousQuarter().shortLabel()))
                    .append("</th><th scope=\"col\" class=\"n\">").append(esc(view.sameQuarterLastYear().shortLabel()))
                    .append("</th></tr></thead><tbody>");
            for (DetailRow row : table.rows()) {
                h.append("<tr><th scope=\"row\">").append(esc(row.measure())).append("</th>");
                for (String f : row.figures()) {
                    h.append("<td class=\"n\">").append(esc(f)).append("</td>");
                }
                h.append("</tr>");
            }
            h.append("</tbody></table>");
        }
        h.append("</section>");
        h.append("<section class=\"about\"><h2>About these figures</h2><p>").append(esc(QuarterlyReportController.RULE))
                .append("</p><p>No name, no case and no words from a case appear in this report.</p></section>");
        return h.toString();
    }
}
