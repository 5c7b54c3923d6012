package uk.tidemark.app.web.admin;

import uk.tidemark.command.consent.ImageConsentCommandConfig;
import uk.tidemark.command.consent.ImageRemovalTimescale;
import uk.tidemark.command.declaration.DeclarationCommandConfig;
import uk.tidemark.command.declaration.DeclarationTimescales;
import uk.tidemark.command.lowlevel.LowLevelConcernCommandConfig;
import uk.tidemark.command.lowlevel.LowLevelConcernTimescales;
import uk.tidemark.command.officialaccount.OfficialAccountCommandConfig;
import uk.tidemark.command.officialaccount.OfficialAccountTimescales;
import uk.tidemark.command.policy.PolicyCommandConfig;
import uk.tidemark.command.policy.PolicyTimescales;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.BindingResult;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.refusal.FieldProblem;
import uk.tidemark.app.web.problem.FieldProblems;
import uk.tidemark.app.refusal.InvalidRequestException;
import uk.tidemark.command.complaint.ComplaintCommandConfig;
import uk.tidemark.command.complaint.ComplaintTimescales;
import uk.tidemark.command.disciplinary.DisciplinaryCommandConfig;
import uk.tidemark.command.disciplinary.DisciplinaryPolicy;
import uk.tidemark.command.incident.IncidentCommandConfig;
import uk.tidemark.command.incident.IncidentTimescales;
import uk.tidemark.command.incident.RetentionCommandConfig;
import uk.tidemark.command.incident.RetentionSchedule;
import uk.tidemark.app.deadline.TimescaleStore;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static uk.tidemark.app.web.validation.Limits.REQUIRED;

/**
 * Every timescale deadlines are set with, as in force now, and where it is set. Those with a property can be
 * changed here at run time ({@link TimescaleStore}, decision 0016): the command side builds its policy from them
 * for each command, so a change applies to deadlines set after it. The incident timescales are fixed by the policies
 * and the statutory guidance.
 */
@RestController
@Tag(name = "Administration")
class TimescaleAdminController {

    /** The most a changed timescale may be: a year of working days, five years of months, ten years, 20 concerns. */
    static final int MAX_DAYS = 260;
    static final int MAX_MONTHS = 60;
    static final int MAX_YEARS = 10;
    static final int MAX_CONCERNS = 20;
    /** The most the immediate-risk response may take: a day, in minutes. */
    static final int MAX_MINUTES = 1440;

    /**
     * @param property the property that configures it (and the key to change it by), or null when fixed
     * @param rule     how it is counted, in words (the page shows this, never the property)
     */
    record Timescale(String area, String name, int value, String unit, String property, String rule) {
        Timescale(String area, String name, int value, String unit, String property) {
            this(area, name, value, unit, property, ruleFor(unit));
        }
    }

    static final String WORKING_DAYS = "Monday to Friday, less bank holidays and closed days; due by the end of "
            + "the last day.";
    static final String SCHOOL_DAYS = "Working days in the setting's terms, less its holidays (working days until its "
            + "term dates are entered); due by the end of the last day.";
    static final String HOURS = "On the clock from the report.";
    static final String MONTHS = "Calendar months from the day of the outcome.";
    static final String YEARS = "Calendar years from the day of the check.";
    static final String RETENTION_AFTER_CLOSING = "years after closing";
    static final String RETENTION_FROM_REPORT = "years from the report";
    static final String CONCERNS = "Low-level concerns about one member of staff in one setting within the window.";

    /** The rule a unit counts by, in words. */
    static String ruleFor(String unit) {
        if (unit.startsWith("school day")) {
            return SCHOOL_DAYS;
        }
        if (unit.startsWith("working day")) {
            return WORKING_DAYS;
        }
        if (unit.startsWith("year")) {
            return YEARS;
        }
        if (unit.startsWith("concern")) {
            return CONCERNS;
        }
        return unit.startsWith("month") ? MONTHS : HOURS;
    }

    @Schema(name = "TimescaleChange")
    record Change(@NotBlank(message = REQUIRED) String property, @NotNull(message = REQUIRED) Integer value) {
    }

    private final ObjectProvider<DisciplinaryPolicy> disciplinary;
    private final ObjectProvider<ComplaintTimescales> complaints;
    private final ObjectProvider<IncidentTimescales> incidents;
    private final ObjectProvider<ImageRemovalTimescale> imageRemoval;
    private final ObjectProvider<OfficialAccountTimescales> accounts;
    private final ObjectProvider<PolicyTimescales> policies;
    private final ObjectProvider<DeclarationTimescales> declarations;
    private final ObjectProvider<LowLevelConcernTimescales> lowLevel;
    private final ObjectProvider<RetentionSchedule> retention;
    private final TimescaleStore store;
    private final AdminAudit audit;

    TimescaleAdminController(ObjectProvider<DisciplinaryPolicy> disciplinary,
                             ObjectProvider<ComplaintTimescales> complaints,
                             ObjectProvider<IncidentTimescales> incidents,
                             ObjectProvider<ImageRemovalTimescale> imageRemoval,
                             ObjectProvider<OfficialAccountTimescales> accounts,
                             ObjectProvider<PolicyTimescales> policies,
                             ObjectProvider<DeclarationTimescales> declarations,
                             ObjectProvider<LowLevelConcernTimescales> lowLevel,
                             ObjectProvider<RetentionSchedule> retention,
                             TimescaleStore store, AdminAudit audit) {
        this.retention = retention;
        this.incidents = incidents;
        this.imageRemoval = imageRemoval;
        this.accounts = accounts;
        this.policies = policies;
        this.declarations = declarations;
        this.lowLevel = lowLevel;
        this.disciplinary = disciplinary;
        this.complaints = complaints;
        this.store = store;
        this.audit = audit;
    }

    @GetMapping("/api/admin/timescales")
    @Operation(summary = "The timescales in force: area, name, value, unit, the property that sets it (null: "
            + "fixed by the policy) and how it is counted, in words (school days on the setting's term dates).")
    List<Timescale> list(@Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        AdminScope.requireAdmin(user);
        DisciplinaryPolicy policy = disciplinary.getObject(); // a prototype: the values in force now
        ComplaintTimescales complaint = complaints.getObject();
        OfficialAccountTimescales account = accounts.getObject();
        LowLevelConcernTimescales concerns = lowLevel.getObject();
        RetentionSchedule schedule = retention.getObject();
        return List.of(
                new Timescale("Incidents", "First response to a report", 24, "hours (by the end of the next working "
                        + "day for a report on a non-working day)", null),
                new Timescale("Incidents", "First response to a report of a child at immediate risk",
                        incidents.getObject().immediateRiskResponseMinutes(), "minutes",
                        IncidentCommandConfig.IMMEDIATE_RISK_RESPONSE_MINUTES),
                new Timescale("Incidents", "LADO referral after a harm-threshold decision", 1, "working day", null),
                new Timescale("Incidents", "Follow-up of an agency referral", 1, "working day", null),
                new Timescale("Incidents", "Response to a warning, when no date is given", 5, "working days", null),
                new Timescale("Disciplinary", "Notice of a hearing", policy.hearingNoticeDays(), "working days",
                        DisciplinaryCommandConfig.HEARING_NOTICE_DAYS),
                new Timescale("Disciplinary", "Window to appeal an outcome", policy.appealWindowDays(), "working days",
                        DisciplinaryCommandConfig.APPEAL_WINDOW_DAYS),
                new Timescale("Disciplinary", "First written warning stays live", policy.firstWarningMonths(),
                        "months", DisciplinaryCommandConfig.FIRST_WARNING_MONTHS),
                new Timescale("Disciplinary", "Final written warning stays live", policy.finalWarningMonths(),
                        "months", DisciplinaryCommandConfig.FINAL_WARNING_MONTHS),
                new Timescale("Complaints", "Acknowledge a complaint", complaint.acknowledgeDays(), "school days",
                        ComplaintCommandConfig.ACKNOWLEDGE_DAYS),
                new Timescale("Complaints", "Formal response", complaint.formalResponseDays(), "school days",
                        ComplaintCommandConfig.FORMAL_RESPONSE_DAYS),
                new Timescale("Complaints", "Panel hearing after the request", complaint.panelDays(), "school days",
                        ComplaintCommandConfig.PANEL_DAYS),
                new Timescale("Image consent", "Removal of an image of a pupil on the register", imageRemoval
                        .getObject().workingDays(), "working days", ImageConsentCommandConfig.REMOVAL_WORKING_DAYS),
                new Timescale("Image consent", "Review of a pupil's entry", 1, "year", null),
                new Timescale("Official accounts", "Password change after someone with access leaves", 1,
                        "working day", null),
                new Timescale("Official accounts", "Handover after the lead leaves", account.handoverDays(),
                        "working days", OfficialAccountCommandConfig.HANDOVER_DAYS),
                new Timescale("Official accounts", "Renewal of a moderator's DBS check", account.dbsRenewalYears(),
                        "years", OfficialAccountCommandConfig.DBS_RENEWAL_YEARS),
                new Timescale("Official accounts", "Review of an account", 1, "year", null),
                new Timescale("Policies", "Acknowledge a policy version", policies.getObject().acknowledgeDays(),
                        "working days", PolicyCommandConfig.ACKNOWLEDGE_DAYS),
                new Timescale("Declarations", "Decide a request for approval", declarations.getObject()
                        .decisionDays(), "working days", DeclarationCommandConfig.DECISION_DAYS),
                new Timescale("Low-level concerns", "Concerns that prompt a review", concerns.threshold(),
                        "concerns", LowLevelConcernCommandConfig.THRESHOLD),
                new Timescale("Low-level concerns", "Window the concerns are counted in", concerns.windowMonths(),
                        "months", LowLevelConcernCommandConfig.WINDOW_MONTHS),
                new Timescale("Low-level concerns", "Review once prompted", concerns.reviewDays(), "working days",
                        LowLevelConcernCommandConfig.REVIEW_DAYS),
                // decision 0052: each default and its source
                new Timescale("Retention", "Child protection records kept before review",
                        schedule.childProtectionYears(), RETENTION_AFTER_CLOSING,
                        RetentionCommandConfig.CHILD_PROTECTION_YEARS, "From the day the case closed: the pupil's "
                        + "25th birthday, with no date of birth recorded (IRMS Information Management Toolkit for "
                        + "Schools). Due on the next working day."),
                new Timescale("Retention", "Allegations against staff kept before review",
                        schedule.allegationYears(), RETENTION_FROM_REPORT, RetentionCommandConfig.ALLEGATION_YEARS,
                        "From the report, or to the person's retirement date if a lead gives it (Keeping children "
                        + "safe in education, part 4). Due on the next working day."),
                new Timescale("Retention", "Other online-safety incidents kept before review",
                        schedule.onlineSafetyYears(), RETENTION_AFTER_CLOSING,
                        RetentionCommandConfig.ONLINE_SAFETY_YEARS, "From the day the case closed (IRMS toolkit; "
                        + "the six years of the Limitation Act 1980). Due on the next working day."));
    }

    @Transactional
    @PostMapping(path = "/api/admin/timescales", consumes = UserAdminController.JSON)
    @Operation(summary = "Change a timescale that has a property, from now on (deadlines already set keep their due "
            + "date). 400 for a fixed or unknown one, or a value out of 1 to 260 days (60 months, 1440 minutes). The list after.")
    List<Timescale> change(@Valid @RequestBody Change body, BindingResult binding,
                           @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        List<Timescale> now = list(user);
        List<FieldProblem> errors = new ArrayList<>(FieldProblems.of(binding));
        Timescale changed = now.stream().filter(t -> t.property() != null && t.property().equals(body.property()))
                .findFirst().orElse(null);
        if (body.property() != null && changed == null) {
            errors.add(new FieldProblem("property", "is not a timescale that can be changed."));
        }
        if (changed != null && body.value() != null) {
            int max = switch (changed.unit()) {
                case "months" -> MAX_MONTHS;
                case "minutes" -> MAX_MINUTES;
                case "years" -> MAX_YEARS;
                case "concerns" -> MAX_CONCERNS;
                case RETENTION_AFTER_CLOSING, RETENTION_FROM_REPORT -> RetentionSchedule.MAX_YEARS;
                default -> MAX_DAYS;
            };
            if (body.value() < 1 || body.value() > max) {
                errors.add(new FieldProblem("value", "must be from 1 to " + max + " " + changed.unit() + "."));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        store.set(body.property(), body.value(), user.getUsername());
        audit.record(user, "TIMESCALE_CHANGED", Map.of("property", body.property(), "from", changed.value(),
                "to", body.value()));
        return list(user);
    }
}
