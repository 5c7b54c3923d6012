package uk.tidemark.app.web.report;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.refusal.FieldProblem;
import uk.tidemark.app.refusal.InvalidRequestException;
import uk.tidemark.app.web.page.WebPage;
import uk.tidemark.app.web.report.QuarterlyReports.Column;
import uk.tidemark.app.web.report.QuarterlyReports.View;
import uk.tidemark.app.web.report.ReportRows.Cell;
import uk.tidemark.app.web.report.ReportRows.Measure;
import uk.tidemark.app.web.report.ReportRows.Share;
import uk.tidemark.kernel.report.Quarter;
import uk.tidemark.kernel.report.QuarterlyReport.Basis;
import uk.tidemark.kernel.report.SuppressedFigure;

import java.time.Instant;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The quarterly report as a page (templates/report/quarterly.html), in the order a trustee reads it: the summary
 * (headline figures with their direction, the deadlines met, the DSL's narrative once published), the charts with
 * their tables, the settings side by side, the detail, the downloads, another quarter, and the rule, once, at the
 * end. The figures are the API's, through the same rows as the PDF and the CSV.
 */
@WebPage
class QuarterlyReportPage {

    private final QuarterlyReports reports;
    private final ReportPublications publications;

    QuarterlyReportPage(QuarterlyReports reports, ReportPublications publications) {
        this.reports = reports;
        this.publications = publications;
    }

    /** A headline figure: this quarter's, with how it moved, beside the previous quarter's and last year's. */
    record SummaryRow(String measure, String current, String direction, String previous, String lastYear) {
    }

    /** A share of deadlines met, and over what period it was taken. */
    record ShareRow(String measure, String share, String basis) {
    }

    /** One table of the detail: a group of measures, each with its three quarters. */
    record Table(String title, List<DetailRow> rows) {
    }

    record DetailRow(String measure, List<String> figures) {
    }

    /** One setting's headline figures this quarter, in the summary's order. */
    record SettingRow(String name, List<String> figures) {
    }

    @GetMapping("/reports/quarterly")
    String page(@RequestParam(required = false) String year, @RequestParam(required = false) String quarter,
                @RequestParam(name = "figures", required = false) String shown,
                @AuthenticationPrincipal TidemarkUser user, Model model, HttpServletResponse response) {
        Instant now = Instant.now();
        Quarter current = Quarter.containing(now);
        model.addAttribute("years", reports.years(user, now));
        model.addAttribute("quarters", List.of(1, 2, 3, 4));
        Quarter chosen;
        try {
            chosen = ReportPeriod.parse(year, quarter, now);
        } catch (InvalidRequestException invalid) {
            Map<String, String> errors = new LinkedHashMap<>();
            for (FieldProblem p : invalid.errors()) {
                errors.putIfAbsent(p.field(), (p.field().equals("year") ? "Year " : "Quarter ") + p.detail());
            }
            model.addAttribute("errors", errors);
            model.addAttribute("trustName", reports.trustName(user));
            model.addAttribute("selectedYear", current.year());
            model.addAttribute("selectedQuarter", current.quarter());
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "report/quarterly";
        }
        // the published version when there is one (issue 17), today's figures on ?figures=today or until then
        Quarter asked = chosen;
        Optional<View> published = "today".equals(shown) ? Optional.empty() : publications.latest(user, asked);
        View view = published.orElseGet(() -> reports.report(user, asked, "PAGE"));
        model.addAttribute("publication", publications.status(user, asked, published.orElse(null)));
        show(view, model);
        String query = "?year=" + chosen.year() + "&quarter=" + chosen.quarter();
        String frozen = view.publication() == null ? null
                : ReportPublicationController.PATH + "/" + view.publication().id();
        model.addAttribute("csvUrl", frozen != null ? frozen + ".csv" : "/api/reports/quarterly.csv" + query);
        model.addAttribute("pdfUrl", frozen != null ? frozen + ".pdf" : "/api/reports/quarterly.pdf" + query);
        return "report/quarterly";
    }

    /** Puts a view's figures on the model, as the page (and a published report's page) shows them. */
    static void show(View view, Model model) {
        model.addAttribute("report", view);
        model.addAttribute("trustName", view.trustName());
        model.addAttribute("headline", view.headline());
        model.addAttribute("summary", summary(view));
        model.addAttribute("shares", ReportRows.shares(view.compliance()).stream()
                .filter(s -> ReportRows.SUMMARY_SHARES.contains(s.key())).map(s -> shareRow(view, s)).toList());
        model.addAttribute("otherShares", ReportRows.shares(view.compliance()).stream()
                .filter(s -> !ReportRows.SUMMARY_SHARES.contains(s.key())).map(s -> shareRow(view, s)).toList());
        model.addAttribute("charts", ReportCharts.of(view, "page"));
        model.addAttribute("bySetting", view.settings().size() > 1 ? bySetting(view) : List.of());
        model.addAttribute("summaryMeasures", ReportRows.summary().stream().map(Measure::name).toList());
        model.addAttribute("summaryShortNames", ReportRows.summaryShortNames());
        model.addAttribute("tables", details(view));
        model.addAttribute("rule", QuarterlyReportController.RULE);
        model.addAttribute("selectedYear", view.quarter().year());
        model.addAttribute("selectedQuarter", view.quarter().quarter());
    }

    static List<SummaryRow> summary(View view) {
        Column c = view.headline();
        List<SummaryRow> rows = new ArrayList<>();
        for (Measure m : ReportRows.summary()) {
            Cell now = m.read().apply(c.current());
            Cell previous = m.read().apply(c.previous());
            Cell lastYear = m.read().apply(c.lastYear());
            List<String> moves = new ArrayList<>();
            String since = direction(now, previous);
            if (since != null) {
                moves.add(since + " on the previous quarter");
            }
            String year = direction(now, lastYear);
            if (year != null) {
                moves.add(year + " on a year before");
            }
            rows.add(new SummaryRow(m.name(), now.display(), String.join(", ", moves), previous.display(),
                    lastYear.display()));
        }
        return rows;
    }

    /**
     * "up", "down" or "the same", only between two figures both shown (else nothing: it would hint at a hidden one),
     * and nothing between two noughts.
     */
    static String direction(Cell now, Cell before) {
        if (now.value() == null || before.value() == null
                || now.value().signum() == 0 && before.value().signum() == 0) {
            return null;
        }
        int c = now.value().compareTo(before.value());
        return c > 0 ? "up" : c < 0 ? "down" : "the same";
    }

    static ShareRow shareRow(View view, Share share) {
        if (share.basis() == Basis.NONE) {
            return share.cell().display().equals(SuppressedFigure.NO_CASES)
                    ? new ShareRow(share.name(), "None due", "this quarter")
                    : new ShareRow(share.name(), share.cell().display(), "too few to give a share, even over the 12 "
                    + "months to " + month(view.quarter(), 2));
        }
        String basis = switch (share.basis()) {
            case QUARTER -> "this quarter, all settings together";
            case FOUR_QUARTERS -> "the 12 months from " + month(view.quarter().minus(3), 0) + " to "
                    + month(view.quarter(), 2) + ", all settings together: fewer than 5 fell due this quarter";
            case NONE -> "";
        };
        return new ShareRow(share.name(), share.cell().display(), basis);
    }

    /** "January 2026": the quarter's month {@code index} (0 to 2) and year. */
    static String month(Quarter quarter, int index) {
        return Month.of((quarter.quarter() - 1) * 3 + 1 + index).getDisplayName(TextStyle.FULL, Locale.UK) + " "
                + quarter.year();
    }

    static List<SettingRow> bySetting(View view) {
        List<SettingRow> rows = new ArrayList<>();
        for (Column column : view.columns()) {
            rows.add(new SettingRow(column.name(), ReportRows.summary().stream()
                    .map(m -> m.read().apply(column.current()).display()).toList()));
        }
        return rows;
    }

    static List<Table> details(View view) {
        Column c = view.headline();
        Map<String, List<DetailRow>> groups = new LinkedHashMap<>();
        for (Measure m : ReportRows.details(c.current())) {
            groups.computeIfAbsent(m.group(), g -> new ArrayList<>()).add(new DetailRow(m.name(), List.of(
                    m.read().apply(c.current()).display(), m.read().apply(c.previous()).display(),
                    m.read().apply(c.lastYear()).display())));
        }
        return groups.entrySet().stream().map(e -> new Table(e.getKey(), e.getValue())).toList();
    }
}
