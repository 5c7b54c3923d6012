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
import uk.tidemark.kernel.report.QuarterlyReport.Figures;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * The trustees' quarterly report as JSON, CSV and PDF (docs/api.md, decision 0014): for trustees across the trust,
 * for headteachers and safeguarding leads across their own settings. Counts only, every one through the
 * small-number rule; no names, no free text, no case ids.
 */
@RestController
@Tag(name = "Reports", description = "The trustees' quarterly report")
class QuarterlyReportController {
    static final String RULE = "Any count from 1 to 4 is shown as \"fewer than 5\"; a count that would let one be "
            + "worked out from a total is \"withheld\"; a share or median from 1 to 4 cases is \"fewer than 5 cases\". "
            + "A case counts in the quarter it was logged, opened or received (UK time).";
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

    record ReportBody(int year, int quarter, String label, Period previousQuarter, String suppressionRule,
                      Instant generatedAt, List<SettingBody> settings, SettingBody allSettings) {
    }

    @GetMapping(value = "/api/reports/quarterly", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The quarterly report for your settings: counts by category, stage reached, outcome; police "
            + "escalations; referrals by agency; disciplinary outcomes; complaints by stage; median time to first "
            + "response and the share of each deadline met; beside the previous quarter. Without year and quarter, "
            + "the current quarter. " + RULE)
    ReportBody json(@Parameter(description = "e.g. 2026") @RequestParam(required = false) String year,
                    @Parameter(description = "1 to 4; January to March is 1") @RequestParam(required = false) String quarter,
                    @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        return body(reports.report(user, ReportPeriod.parse(year, quarter, Instant.now()), "JSON"));
    }

    /** The JSON of a report's view: today's figures here, a publication's frozen ones (ReportPublicationController). */
    static ReportBody body(View view) {
        return new ReportBody(view.quarter().year(), view.quarter().quarter(), view.quarter().label(),
                Period.of(view.previousQuarter()), RULE, view.generatedAt(),
                view.settings().stream().map(SettingBody::of).toList(), SettingBody.of(view.allSettings()));
    }

    @GetMapping("/api/reports/quarterly.csv")
    @Operation(summary = "The quarterly report as CSV (RFC 4180, UTF-8): one row per setting and measure, with the "
            + "columns " + "quarter, setting_id, setting, group, measure, this_quarter, previous_quarter. " + RULE)
    ResponseEntity<byte[]> csv(@RequestParam(required = false) String year,
                               @RequestParam(required = false) String quarter,
                               @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        View view = reports.report(user, ReportPeriod.parse(year, quarter, Instant.now()), "CSV");
        return download(ReportCsv.write(view).getBytes(StandardCharsets.UTF_8), CSV, view, "csv");
    }

    @GetMapping("/api/reports/quarterly.pdf")
    @Operation(summary = "The quarterly report as a PDF, with the chart of cases by category. " + RULE)
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
