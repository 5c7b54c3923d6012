package uk.tidemark.app.web.report;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.web.page.WebPage;
import uk.tidemark.app.refusal.FieldProblem;
import uk.tidemark.app.refusal.InvalidRequestException;
import uk.tidemark.app.web.report.QuarterlyReports.Column;
import uk.tidemark.app.web.report.QuarterlyReports.View;
import uk.tidemark.app.web.report.ReportRows.Measure;
import uk.tidemark.kernel.report.Quarter;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The quarterly report as a page (templates/report/quarterly.html): a year and quarter form, the headline
 * figures, the category chart (the PDF's SVG), one table per group of measures, and the CSV and PDF downloads
 * (the API's, which the page's session may call). The figures are the API's, through the same rows.
 */
@WebPage
class QuarterlyReportPage {

    private final QuarterlyReports reports;
    private final ReportPublications publications;

    QuarterlyReportPage(QuarterlyReports reports, ReportPublications publications) {
        this.reports = reports;
        this.publications = publications;
    }

    /** One table of the page: a group of measures, each with its figures per column (this quarter, previous). */
    record Table(String title, List<Row> rows) {
    }

    record Row(String measure, List<String> figures) {
    }

    @GetMapping("/reports/quarterly")
    String page(@RequestParam(required = false) String year, @RequestParam(required = false) String quarter,
                @RequestParam(name = "figures", required = false) String shown, @AuthenticationPrincipal TidemarkUser user, Model model, HttpServletResponse response) {
        Instant now = Instant.now();
        Quarter current = Quarter.containing(now);
        model.addAttribute("years", IntStream.rangeClosed(ReportPeriod.FIRST_YEAR, current.year()).boxed()
                .sorted((a, b) -> b - a).toList());
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
        List<Column> columns = view.columns();
        Column headline = columns.get(columns.size() - 1);
        Map<String, List<Row>> groups = new LinkedHashMap<>();
        for (Measure m : ReportRows.all(view.allSettings().current())) {
            List<String> figures = new ArrayList<>();
            for (Column c : columns) {
                figures.add(m.read().apply(c.current()).display());
                figures.add(m.read().apply(c.previous()).display());
            }
            groups.computeIfAbsent(m.group(), g -> new ArrayList<>()).add(new Row(m.name(), figures));
        }
        String query = "?year=" + chosen.year() + "&quarter=" + chosen.quarter();
        model.addAttribute("report", view);
        model.addAttribute("columns", columns);
        model.addAttribute("headline", headline);
        model.addAttribute("tables", groups.entrySet().stream().map(e -> new Table(e.getKey(), e.getValue())).toList());
        model.addAttribute("chart", ReportCharts.byCategory(view, headline, "page-category"));
        model.addAttribute("rule", QuarterlyReportController.RULE);
        String frozen = view.publication() == null ? null
                : ReportPublicationController.PATH + "/" + view.publication().id();
        model.addAttribute("csvUrl", frozen != null ? frozen + ".csv" : "/api/reports/quarterly.csv" + query);
        model.addAttribute("pdfUrl", frozen != null ? frozen + ".pdf" : "/api/reports/quarterly.pdf" + query);
        model.addAttribute("selectedYear", chosen.year());
        model.addAttribute("selectedQuarter", chosen.quarter());
        return "report/quarterly";
    }
}
