package uk.tidemark.app.web.admin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import uk.tidemark.app.account.Setting;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.deadline.TermDateStore;
import uk.tidemark.app.refusal.FieldProblem;
import uk.tidemark.app.refusal.InvalidRequestException;
import uk.tidemark.app.refusal.NotFoundException;
import uk.tidemark.app.time.LondonTimes;
import uk.tidemark.app.web.problem.FieldProblems;
import uk.tidemark.app.web.problem.ProblemAnswer;
import uk.tidemark.app.web.validation.Chars;
import uk.tidemark.app.web.validation.InDateWindow;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static uk.tidemark.app.web.validation.Limits.REQUIRED;

/**
 * Each setting's term dates and holidays (decision 0048): the schools of one trust keep different terms, so an
 * administrator enters them per setting, one range at a time or from a term-dates CSV. Complaint timescales count
 * school days on them (the working days of the setting's terms, less its holidays); other deadlines count working
 * days. A change applies to deadlines set after it; due dates already set stay.
 */
@RestController
@RequestMapping("/api/admin/term-dates")
@Tag(name = "Administration")
class TermDatesAdminController {

    /** A range longer than this is a typing mistake (a term or holiday is never a year long). */
    static final int LONGEST_DAYS = 200;
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.UK);

    record RangeView(String id, String settingId, TermDateStore.Kind kind, String name, LocalDate firstDay,
                     LocalDate lastDay, String addedBy, Instant addedAt) {
        static RangeView of(TermDateStore.Row r) {
            return new RangeView(r.id(), r.settingId(), r.kind(), r.name(), r.first(), r.last(), r.addedBy(),
                    r.addedAt());
        }
    }

    @Schema(name = "TermDateRange")
    record NewRange(@NotBlank(message = REQUIRED) String settingId,
                    @NotNull(message = REQUIRED) TermDateStore.Kind kind,
                    @NotBlank(message = REQUIRED) @Chars(max = 100) String name,
                    @NotNull(message = REQUIRED) @InDateWindow LocalDate firstDay,
                    @NotNull(message = REQUIRED) @InDateWindow LocalDate lastDay) {
    }

    @Schema(name = "TermDateRangeRemoval")
    record Removal(@NotBlank(message = REQUIRED) String settingId, @NotBlank(message = REQUIRED) String id) {
    }

    /** What an import did: ranges added, and ranges the setting had already (the same file twice adds nothing). */
    record ImportResult(String settingId, int added, int unchanged, List<RangeView> ranges) {
    }

    private final TermDateStore store;
    private final AdminScope scope;
    private final AdminAudit audit;

    TermDatesAdminController(TermDateStore store, AdminScope scope, AdminAudit audit) {
        this.store = store;
        this.scope = scope;
        this.audit = audit;
    }

    @GetMapping
    @Operation(summary = "A setting's term dates and holidays, by first day. 404 for a setting of a trust you do not "
            + "manage.")
    List<RangeView> list(@RequestParam String settingId,
                         @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        Setting setting = scope.setting(user, settingId);
        return store.rows(setting.id()).stream().map(RangeView::of).toList();
    }

    @Transactional
    @PostMapping(consumes = UserAdminController.JSON)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a term or a holiday to a setting: complaint deadlines set from now on count school days "
            + "on it. 400 for a last day before the first, a range over 200 days, or one overlapping another of the "
            + "same kind; 404 for a setting of a trust you do not manage.")
    RangeView add(@Valid @RequestBody NewRange body, BindingResult binding,
                  @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        Setting setting = body.settingId() == null || body.settingId().isBlank() ? null
                : scope.setting(user, body.settingId());
        List<FieldProblem> errors = new ArrayList<>(FieldProblems.of(binding));
        if (errors.isEmpty()) {
            String problem = problem(body.kind(), body.firstDay(), body.lastDay(), store.rows(setting.id()));
            if (problem != null) {
                errors.add(new FieldProblem("lastDay", problem));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        String id = store.add(setting.id(), body.kind(), body.name().strip(), body.firstDay(), body.lastDay(),
                user.getUsername());
        audit.record(user, "TERM_DATES_ADDED", Map.of("settingId", setting.id(), "kind", body.kind().name(),
                "firstDay", body.firstDay().toString(), "lastDay", body.lastDay().toString()));
        return RangeView.of(store.find(setting.id(), id).orElseThrow());
    }

    @Transactional
    @PostMapping(path = "/remove", consumes = UserAdminController.JSON)
    @ProblemAnswer(status = HttpStatus.NOT_FOUND, when = "The setting has no such range, or is not yours to manage.")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a term or holiday from a setting. 404 when it has none with that id.")
    void remove(@Valid @RequestBody Removal body, BindingResult binding,
                @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        List<FieldProblem> errors = FieldProblems.of(binding);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        Setting setting = scope.setting(user, body.settingId());
        TermDateStore.Row row = store.find(setting.id(), body.id())
                .orElseThrow(() -> new NotFoundException("The setting has no term or holiday with that id."));
        store.remove(setting.id(), row.id());
        audit.record(user, "TERM_DATES_REMOVED", Map.of("settingId", setting.id(), "kind", row.kind().name(),
                "firstDay", row.first().toString(), "lastDay", row.last().toString()));
    }

    @Transactional
    @PostMapping(path = "/import", consumes = "text/csv")
    @Operation(summary = "Import a setting's term dates from a CSV (the body): one range a line, `kind,name,first "
            + "day,last day` (kind Term or Holiday; dates as 2026-09-02 or 02/09/2026), a first line of headings "
            + "allowed. Ranges the setting has already are left as they are; 400 naming each bad line on `file`, "
            + "and nothing is imported then.")
    ImportResult importCsv(@RequestParam String settingId, @RequestBody byte[] csv,
                           @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        return importFile(user, settingId, csv);
    }

    /** For the API and the page alike: every line checked first, then all added together, and audited. */
    @Transactional
    ImportResult importFile(TidemarkUser user, String settingId, byte[] csv) {
        Setting setting = scope.setting(user, settingId);
        List<TermDateStore.Row> existing = new ArrayList<>(store.rows(setting.id()));
        List<TermDatesCsv.Line> lines;
        List<String> problems = new ArrayList<>();
        if (csv == null || csv.length == 0) {
            throw new InvalidRequestException("file", "Choose a CSV file of term dates.");
        }
        lines = TermDatesCsv.read(new String(csv, StandardCharsets.UTF_8), problems);
        int unchanged = 0;
        List<TermDatesCsv.Line> toAdd = new ArrayList<>();
        for (TermDatesCsv.Line line : lines) {
            boolean same = existing.stream().anyMatch(r -> r.kind() == line.kind() && r.first().equals(line.first())
                    && r.last().equals(line.last()));
            if (same) {
                unchanged++;
                continue;
            }
            String problem = problem(line.kind(), line.first(), line.last(), existing);
            if (problem != null) {
                problems.add("Line " + line.number() + ": the last day " + problem);
                continue;
            }
            toAdd.add(line);
            existing.add(new TermDateStore.Row("", setting.id(), line.kind(), line.name(), line.first(), line.last(),
                    "", Instant.now()));
        }
        if (lines.isEmpty() && problems.isEmpty()) {
            problems.add("The file has no term dates: one range a line, for example Term,Autumn term,02/09/2026,18/12/2026.");
        }
        if (!problems.isEmpty()) {
            List<String> shown = problems.size() > 10 ? new ArrayList<>(problems.subList(0, 10)) : problems;
            if (problems.size() > 10) {
                shown.add("and " + (problems.size() - 10) + " more lines.");
            }
            throw new InvalidRequestException("file", String.join(" ", shown));
        }
        for (TermDatesCsv.Line line : toAdd) {
            store.add(setting.id(), line.kind(), line.name(), line.first(), line.last(), user.getUsername());
        }
        audit.record(user, "TERM_DATES_IMPORTED", Map.of("settingId", setting.id(), "added", toAdd.size(),
                "unchanged", unchanged));
        return new ImportResult(setting.id(), toAdd.size(), unchanged,
                store.rows(setting.id()).stream().map(RangeView::of).toList());
    }

    /** Why the range cannot be added (a sentence to follow "the last day"), or null. */
    static String problem(TermDateStore.Kind kind, LocalDate first, LocalDate last, List<TermDateStore.Row> existing) {
        if (last.isBefore(first)) {
            return "must be the same as or after the first day.";
        }
        if (first.plusDays(LONGEST_DAYS).isBefore(last)) {
            return "must be within " + LONGEST_DAYS + " days of the first day: enter each term or holiday on its own.";
        }
        for (TermDateStore.Row r : existing) {
            if (r.kind() == kind && !r.last().isBefore(first) && !last.isBefore(r.first())) {
                return "overlaps " + r.name() + " (" + LondonTimes.show(DAY, r.first()) + " to "
                        + LondonTimes.show(DAY, r.last()) + "): remove that first, or change the dates.";
            }
        }
        return null;
    }
}
