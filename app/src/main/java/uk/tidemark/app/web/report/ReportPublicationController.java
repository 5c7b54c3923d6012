package uk.tidemark.app.web.report;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.refusal.FieldProblem;
import uk.tidemark.app.refusal.InvalidRequestException;
import uk.tidemark.app.web.problem.FieldProblems;
import uk.tidemark.app.web.problem.ProblemAnswer;
import uk.tidemark.app.web.report.QuarterlyReportController.ReportBody;
import uk.tidemark.app.web.report.QuarterlyReports.Publication;
import uk.tidemark.app.web.report.QuarterlyReports.View;
import uk.tidemark.app.web.report.ReportPublications.Published;
import uk.tidemark.app.web.validation.Chars;
import uk.tidemark.kernel.report.Narrative;
import uk.tidemark.kernel.report.PublicationSummary;
import uk.tidemark.kernel.report.Quarter;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static uk.tidemark.app.web.validation.Limits.REQUIRED;

/**
 * The published, signed snapshots of the quarterly report (docs/api.md, decision 0014): a DSL or headteacher
 * publishes an ended quarter for their settings with a narrative; trustees, heads, DSLs and deputies read the
 * publications whose every setting is theirs, as JSON, PDF and CSV rendered from the frozen figures by the same
 * code as today's report. Every read of one is audited.
 */
@RestController
@Tag(name = "Reports", description = "The trustees' quarterly report")
class ReportPublicationController {

    static final String PATH = "/api/reports/quarterly/publications";
    static final String QUARTER_VALUES = "must be 1, 2, 3 or 4 (January to March is 1).";
    static final String NOT_ENDED = "has not ended yet: a quarter's report is published once the quarter has ended.";

    private final ReportPublications publications;

    ReportPublicationController(ReportPublications publications) {
        this.publications = publications;
    }

    @Schema(name = "QuarterlyReportPublication")
    record Publish(@Schema(description = "The quarter's year, from 2000.") @NotNull(message = REQUIRED) Integer year,
                   @Schema(description = "1 to 4; January to March is 1. The quarter must have ended (UK time).")
                   @NotNull(message = REQUIRED) @Min(value = 1, message = QUARTER_VALUES)
                   @Max(value = 4, message = QUARTER_VALUES) Integer quarter,
                   @Schema(description = "What the board should know, in plain text (line breaks kept, never "
                           + "HTML), at most 2,000 characters; no names of children or staff.")
                   @NotBlank(message = REQUIRED) @Chars(max = Narrative.MAX) String narrative) {
    }

    record Created(String id, int version, String sha256, Instant publishedAt) {
    }

    record Item(String id, int year, int quarter, String label, int version, boolean superseded, String publishedBy,
                Instant publishedAt, String sha256) {
    }

    record PublishedReport(@JsonUnwrapped ReportBody report, String publicationId, int version, String narrative,
                           String publishedBy, Instant publishedAt, String sha256) {
    }

    @PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Publish an ended quarter's report for your settings, with your narrative: today's figures "
            + "are frozen with it, under the SHA-256 of what was frozen, as version 1 or the next version (a "
            + "correction supersedes the one before; every version stays readable). DSLs and headteachers. 201 with "
            + "Location and {id, version, sha256, publishedAt}.")
    @ProblemAnswer(status = HttpStatus.CONFLICT, when = "The publication is refused by its rules (the detail says "
            + "which), or another publication of the same report got in first: nothing was published.")
    ResponseEntity<Created> publish(@Valid @RequestBody Publish body, BindingResult binding,
                                    @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        Quarter quarter = checked(body, FieldProblems.of(binding), Instant.now());
        Published done = publications.publish(user, quarter, body.narrative());
        return ResponseEntity.created(URI.create(PATH + "/" + done.id()))
                .body(new Created(done.id(), done.version(), done.sha256(), done.publishedAt()));
    }

    /** The quarter asked for, or a 400 naming every field that is wrong (Bean Validation's findings included). */
    static Quarter checked(Publish body, List<FieldProblem> found, Instant now) {
        List<FieldProblem> errors = new ArrayList<>(found);
        Set<String> named = new HashSet<>(errors.stream().map(FieldProblem::field).toList());
        Quarter current = Quarter.containing(now);
        if (!named.contains("year") && body.year() != null
                && (body.year() < ReportPeriod.FIRST_YEAR || body.year() > current.year())) {
            errors.add(new FieldProblem("year", "must be a year from " + ReportPeriod.FIRST_YEAR + " to "
                    + current.year() + "."));
            named.add("year");
        }
        if (!named.contains("narrative")) {
            String problem = Narrative.problem(Narrative.normalise(body.narrative()));
            if (problem != null) {
                errors.add(new FieldProblem("narrative", problem));
            }
        }
        Quarter quarter = null;
        if (!named.contains("year") && !named.contains("quarter") && body.year() != null && body.quarter() != null) {
            quarter = new Quarter(body.year(), body.quarter());
            if (now.isBefore(quarter.end())) {
                errors.add(new FieldProblem("quarter", NOT_ENDED));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return quarter;
    }

    @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The published reports you may read (each whose every setting is yours: trustees the "
            + "trust's), newest quarter first and each report's newest version first: {id, year, quarter, label, "
            + "version, superseded, publishedBy, publishedAt, sha256}.")
    List<Item> list(@Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        Set<String> seen = new HashSet<>();
        List<Item> items = new ArrayList<>();
        for (PublicationSummary s : publications.visible(user)) {
            boolean superseded = !seen.add(s.reportId().value()); // newest version of each report comes first
            items.add(new Item(s.publicationId(), s.quarter().year(), s.quarter().quarter(), s.quarter().label(),
                    s.version(), superseded, publications.nameOf(s.publishedBy()), s.publishedAt(), s.sha256()));
        }
        return items;
    }

    @GetMapping(path = PATH + "/{publicationId}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "A published report as it was frozen: the body of GET /api/reports/quarterly (generatedAt "
            + "is when it was published) with publicationId, version, narrative, publishedBy, publishedAt and sha256. "
            + "Audited.")
    PublishedReport get(@PathVariable String publicationId,
                        @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        View view = publications.read(user, publicationId, "JSON");
        Publication p = view.publication();
        return new PublishedReport(QuarterlyReportController.body(view), p.id(), p.version(), p.narrative(),
                p.publishedBy(), p.publishedAt(), p.sha256());
    }

    @GetMapping(PATH + "/{publicationId}.pdf")
    @Operation(summary = "A published report as a PDF, from its frozen figures and narrative. Audited.")
    ResponseEntity<byte[]> pdf(@PathVariable String publicationId,
                               @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        View view = publications.read(user, publicationId, "PDF");
        return download(ReportPdf.render(view), MediaType.APPLICATION_PDF, view, "pdf");
    }

    @GetMapping(PATH + "/{publicationId}.csv")
    @Operation(summary = "A published report as CSV, from its frozen figures, in the columns of "
            + "GET /api/reports/quarterly.csv. Audited.")
    ResponseEntity<byte[]> csv(@PathVariable String publicationId,
                               @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        View view = publications.read(user, publicationId, "CSV");
        return download(ReportCsv.write(view).getBytes(StandardCharsets.UTF_8), QuarterlyReportController.CSV, view,
                "csv");
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, View view, String extension) {
        String name = "tidemark-quarterly-report-" + view.quarter().year() + "-Q" + view.quarter().quarter()
                + "-published-v" + view.publication().version() + "." + extension;
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }
}
