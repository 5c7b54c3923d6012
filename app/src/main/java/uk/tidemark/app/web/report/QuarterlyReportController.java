package uk.tidemark.app.web.report;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.web.report.QuarterlyReports.Column;
import uk.tidemark.app.web.report.QuarterlyReports.View;
import uk.tidemark.kernel.report.Quarter;
import uk.tidemark.kernel.report.QuarterlyReport;
import uk.tidemark.kernel.report.QuarterlyReport.Compliance;
import uk.tidemark.kernel.report.QuarterlyReport.Figures;
import uk.tidemark.kernel.report.QuarterlyReport.TrendPoint;
import uk.tidemark.kernel.report.SuppressedCount;
import uk.tidemark.kernel.report.SuppressedFigure;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The trustees' quarterly report as JSON, CSV and PDF (docs/api.md, decision 0014): for trustees across the trust,
 * for headteachers and safeguarding leads across their own settings. Counts only, every one through the
 * small-number rule; no names, no free text, no case ids.
 */
@RestController
@Tag(name = "Reports", description = "The trustees' quarterly report")
class QuarterlyReportController {
    static final String RULE = "Any count of people's cases from 1 to 4 is shown as \"fewer than 5\", and a count "
            + "that would let one be worked out from a total is \"withheld\". The share of deadlines met is given for "
            + "all the settings together, over the quarter when 5 or more deadlines fell due in it, or else over the "
            + "four quarters to its end; from fewer than 5, it is not given. A case counts in the quarter it was "
            + "logged, opened or received (UK time).";
    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final QuarterlyReports reports;

    QuarterlyReportController(QuarterlyReports reports) {
        this.reports = reports;
    }

    record Period(int year, int quarter, String label) {
        static Period of(Quarter q) {
            return new Period(q.year(), q.quarter(), q.label());
        }
    }

    record SettingBody(String settingId, String name, Figures current, Figures previous, Figures lastYear) {
        static SettingBody of(Column c) {
            return new SettingBody(c.settingId(), c.name(), c.current(), c.previous(), c.lastYear());
        }
    }

    record TrendBody(int year, int quarter, String label, SuppressedCount cases,
                     Map<String, SuppressedFigure> shareMet) {
        static TrendBody of(TrendPoint p) {
            return new TrendBody(p.quarter().year(), p.quarter().quarter(), p.quarter().label(), p.cases(),
                    p.shareMet());
        }
    }

    /**
     * A setting's policies and training at the report's making (issue 18): the share of the staff asked who have
     * acknowledged each policy in force, and the share of training records in date, under the same rule.
     */
    record PolicyBody(String settingId, String name, List<QuarterlyReport.PolicyShare> policies,
                      SuppressedFigure trainingInDate) {
        static PolicyBody of(QuarterlyReports.PolicyColumn c) {
            return new PolicyBody(c.figures().settingId(), c.name(), c.figures().policies(),
                    c.figures().trainingInDate());
        }
    }

    record ReportBody(int year, int quarter, String label, String trust, Period previousQuarter,
                      Period sameQuarterLastYear, String suppressionRule, Instant generatedAt,
                      List<SettingBody> settings, SettingBody allSettings, Map<String, Compliance> compliance,
                      List<TrendBody> trend, List<PolicyBody> policies) {
        static ReportBody of(View view) {
            return new ReportBody(view.quarter().year(), view.quarter().quarter(), view.quarter().label(),
                    view.trustName(), Period.of(view.previousQuarter()), Period.of(view.sameQuarterLastYear()), RULE,
                    view.generatedAt(), view.settings().stream().map(SettingBody::of).toList(),
                    SettingBody.of(view.allSettings()), view.compliance(),
                    view.trend().stream().map(TrendBody::of).toList(),
                    view.policies() == null ? List.of() : view.policies().stream().map(PolicyBody::of).toList());
        }
    }

    @GetMapping(value = "/api/reports/quarterly", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The quarterly report for your settings: per setting and for all of them, this quarter, the "
            + "previous quarter and the same quarter a year before: cases logged, closed in the quarter, open at its "
            + "end; counts by category, stage reached, outcome; police escalations; referrals by agency; disciplinary "
            + "outcomes; complaints by stage; median time to first response. For all the settings: the share of each "
            + "deadline met (compliance, with its basis) and the trend of the last eight quarters. Without year and "
            + "quarter, the current quarter. " + RULE)
    ReportBody json(@Parameter(description = "e.g. 2026") @RequestParam(required = false) String year,
                    @Parameter(description = "1 to 4; January to March is 1") @RequestParam(required = false) String quarter,
                    @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        return body(reports.report(user, ReportPeriod.parse(year, quarter, Instant.now()), "JSON"));
    }

    /** The JSON of a report's view: today's figures here, a publication's frozen ones (ReportPublicationController). */
    static ReportBody body(View view) {
        return ReportBody.of(view);
    }

    @GetMapping("/api/reports/quarterly.csv")
    @Operation(summary = "The quarterly report as CSV (RFC 4180, UTF-8): one row per figure, with the columns "
            + "quarter, setting_id, setting, group, measure, unit (count, proportion or hours), value (a number, or "
            + "empty when not shown), suppressed (true or false), shown_as (the report's words), basis (for a share: "
            + "quarter or four quarters). " + RULE)
    ResponseEntity<byte[]> csv(@RequestParam(required = false) String year,
                               @RequestParam(required = false) String quarter,
                               @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        View view = reports.report(user, ReportPeriod.parse(year, quarter, Instant.now()), "CSV");
        return download(ReportCsv.write(view).getBytes(StandardCharsets.UTF_8), CSV, view, "csv");
    }

    @GetMapping("/api/reports/quarterly.pdf")
    @Operation(summary = "The quarterly report as a PDF for a board pack: A4 portrait, the summary on page 1, the "
            + "charts and the detail after it, the trust's name and the quarter and page numbers on every page, tagged "
            + "for accessibility (PDF/UA). " + RULE)
    ResponseEntity<byte[]> pdf(@RequestParam(required = false) String year,
                               @RequestParam(required = false) String quarter,
                               @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        View view = reports.report(user, ReportPeriod.parse(year, quarter, Instant.now()), "PDF");
        return download(ReportPdf.render(view), MediaType.APPLICATION_PDF, view, "pdf");
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, View view, String extension) {
        String name = "tidemark-quarterly-report-" + view.quarter().year() + "-Q" + view.quarter().quarter() + "."
                + extension;
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }
}
