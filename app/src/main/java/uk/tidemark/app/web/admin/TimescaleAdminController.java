package uk.tidemark.app.web.admin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.tidemark.app.security.TidemarkUser;
import uk.tidemark.command.complaint.ComplaintTimescales;
import uk.tidemark.command.disciplinary.DisciplinaryPolicy;

import java.util.List;

/**
 * Every timescale deadlines are set with, as the running application has it, and where it is set: a property
 * (changed in the configuration and applied at the next start) or the policy itself (fixed). Read-only: making
 * them editable at run time is left for later (decision 0016).
 */
@RestController
@Tag(name = "Administration")
class TimescaleAdminController {

    /** @param configuredBy the property that sets it, or null when the policy or statute fixes it */
    record Timescale(String area, String name, int value, String unit, String configuredBy) {
    }

    private final DisciplinaryPolicy disciplinary;
    private final ComplaintTimescales complaints;

    TimescaleAdminController(DisciplinaryPolicy disciplinary, ComplaintTimescales complaints) {
        this.disciplinary = disciplinary;
        this.complaints = complaints;
    }

    @GetMapping("/api/admin/timescales")
    @Operation(summary = "The timescales in force: area, name, value, unit and the property that sets it (null: "
            + "fixed by the policy).")
    List<Timescale> list(@Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        AdminScope.requireAdmin(user);
        return List.of(
                new Timescale("Incidents", "First response to a report", 24, "hours (by the end of the next working "
                        + "day for a report on a non-working day)", null),
                new Timescale("Incidents", "LADO referral after a harm-threshold decision", 1, "working day", null),
                new Timescale("Incidents", "Follow-up of an agency referral", 1, "working day", null),
                new Timescale("Incidents", "Response to a warning, when no date is given", 5, "working days", null),
                new Timescale("Disciplinary", "Notice of a hearing", disciplinary.hearingNoticeDays(), "working days",
                        "tidemark.disciplinary.hearing-notice-days"),
                new Timescale("Disciplinary", "Window to appeal an outcome", disciplinary.appealWindowDays(),
                        "working days", "tidemark.disciplinary.appeal-window-days"),
                new Timescale("Disciplinary", "First written warning stays live", disciplinary.firstWarningMonths(),
                        "months", "tidemark.disciplinary.first-warning-months"),
                new Timescale("Disciplinary", "Final written warning stays live", disciplinary.finalWarningMonths(),
                        "months", "tidemark.disciplinary.final-warning-months"),
                new Timescale("Complaints", "Acknowledge a complaint", complaints.acknowledgeDays(), "school days",
                        "tidemark.complaints.acknowledge-days"),
                new Timescale("Complaints", "Formal response", complaints.formalResponseDays(), "school days",
                        "tidemark.complaints.formal-response-days"),
                new Timescale("Complaints", "Panel hearing after the request", complaints.panelDays(), "school days",
                        "tidemark.complaints.panel-days"));
    }
}
