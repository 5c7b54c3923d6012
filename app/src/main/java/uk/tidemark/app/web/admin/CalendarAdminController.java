package uk.tidemark.app.web.admin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.BindingResult;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.refusal.FieldProblem;
import uk.tidemark.app.web.problem.FieldProblems;
import uk.tidemark.app.refusal.InvalidRequestException;
import uk.tidemark.app.refusal.NotFoundException;
import uk.tidemark.app.web.problem.ProblemAnswer;
import uk.tidemark.app.web.validation.InDateWindow;
import uk.tidemark.app.web.validation.Chars;
import uk.tidemark.command.deadline.WorkingCalendar;
import uk.tidemark.command.deadline.WorkingCalendars;
import uk.tidemark.app.deadline.CalendarDays;
import uk.tidemark.app.deadline.SettingCalendarStore;
import uk.tidemark.app.deadline.BankHolidayDataCheck;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static uk.tidemark.app.web.validation.Limits.REQUIRED;
import static uk.tidemark.app.web.validation.Limits.TOO_LONG;

/**
 * The working calendar's run-time overrides (decision 0016): days the organisation is closed (training days, an
 * extra bank holiday) and days it is open although the calendar says otherwise. Deadlines computed after a change
 * use it; deadlines already set keep their due date. One set of days for the installation, like the properties,
 * laid over the bank holidays of each setting's calendar (decision 0032); the view also says how far each
 * calendar's shipped bank holidays reach.
 */
@RestController
@RequestMapping("/api/admin/calendar")
@Tag(name = "Administration")
class CalendarAdminController {

    record DayView(LocalDate date, CalendarDays.Kind kind, String reason, String addedBy, Instant addedAt) {
    }

    /**
     * The properties' dates (changed only by configuration), the administrators' days, each calendar's shipped
     * bank holidays, and warnings when a shipped list ends within a year.
     */
    record CalendarView(List<String> configuredClosures, List<String> configuredOpenDays, List<DayView> days,
                        List<BankHolidayDataCheck.Coverage> bankHolidays, List<String> warnings) {
    }

    @Schema(name = "CalendarDay")
    record NewDay(@NotNull(message = REQUIRED) @InDateWindow LocalDate date,
                  @NotNull(message = REQUIRED) CalendarDays.Kind kind,
                  @NotBlank(message = REQUIRED) @Chars(max = 200) String reason) {
    }

    @Schema(name = "CalendarDayRemoval")
    record Removal(@NotNull(message = REQUIRED) @InDateWindow LocalDate date) {
    }

    private final CalendarDays days;
    private final WorkingCalendars calendars;
    private final SettingCalendarStore settingCalendars;
    private final BankHolidayDataCheck data;
    private final AdminAudit audit;
    private final List<String> configuredClosures;
    private final List<String> configuredOpenDays;

    CalendarAdminController(CalendarDays days, WorkingCalendars calendars, SettingCalendarStore settingCalendars,
                            BankHolidayDataCheck data, AdminAudit audit,
                            @Value("${tidemark.calendar.closures:}") List<String> configuredClosures,
                            @Value("${tidemark.calendar.open-days:}") List<String> configuredOpenDays) {
        this.days = days;
        this.calendars = calendars;
        this.settingCalendars = settingCalendars;
        this.data = data;
        this.audit = audit;
        this.configuredClosures = clean(configuredClosures);
        this.configuredOpenDays = clean(configuredOpenDays);
    }

    @GetMapping
    @Operation(summary = "The configured closures and open days, the days administrators added, how far each "
            + "calendar's shipped bank holidays reach, and a warning when one ends within a year.")
    CalendarView view(@Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        AdminScope.requireAdmin(user);
        LocalDate today = LocalDate.now(WorkingCalendar.UK);
        return new CalendarView(configuredClosures, configuredOpenDays, days.all().stream()
                .map(d -> new DayView(d.day(), d.kind(), d.reason(), d.addedBy(), d.addedAt())).toList(),
                data.coverage(today), data.warnings(today));
    }

    @Transactional
    @PostMapping(consumes = UserAdminController.JSON)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Close or open a day from today on. Deadlines set from now on count it; those already set "
            + "keep their due date. 400 for a day that is that already, or has an override.")
    DayView add(@Valid @RequestBody NewDay body, BindingResult binding,
                @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        AdminScope.requireAdmin(user);
        List<FieldProblem> errors = new ArrayList<>(FieldProblems.of(binding));
        LocalDate date = body.date();
        if (date != null && errors.isEmpty()) {
            check(date, body.kind(), errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        if (!days.add(date, body.kind(), body.reason().strip(), user.getUsername())) {
            throw new InvalidRequestException("date", "has an override already: remove it first.");
        }
        audit.record(user, "CALENDAR_DAY_ADDED", Map.of("date", date.toString(), "kind", body.kind().name()));
        CalendarDays.Day added = days.find(date).orElseThrow();
        return new DayView(added.day(), added.kind(), added.reason(), added.addedBy(), added.addedAt());
    }

    @Transactional
    @PostMapping(path = "/remove", consumes = UserAdminController.JSON)
    @ProblemAnswer(status = HttpStatus.NOT_FOUND, when = "The date has no closure or open day to remove.")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove an administrator's closure or open day. 404 when the date has none.")
    void remove(@Valid @RequestBody Removal body, BindingResult binding,
                @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        AdminScope.requireAdmin(user);
        List<FieldProblem> errors = FieldProblems.of(binding);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        if (!days.remove(body.date())) {
            throw new NotFoundException("That date has no closure or open day to remove.");
        }
        audit.record(user, "CALENDAR_DAY_REMOVED", Map.of("date", body.date().toString()));
    }

    /**
     * The days are the installation's, over every setting's calendar: a closure is refused only when no calendar a
     * setting counts on has the day as a working day, an open day only when every one has.
     */
    private void check(LocalDate date, CalendarDays.Kind kind, List<FieldProblem> errors) {
        if (date.isBefore(LocalDate.now(WorkingCalendar.UK))) {
            errors.add(new FieldProblem("date", "must be today or later: past deadlines are not recomputed."));
        } else if (days.find(date).isPresent()) {
            errors.add(new FieldProblem("date", "has an override already: remove it first."));
        } else if (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
            errors.add(new FieldProblem("date", "is a weekend: deadlines never count weekends."));
        } else if (kind == CalendarDays.Kind.CLOSED && settingCalendars.inUse().stream()
                .noneMatch(region -> calendars.of(region).isWorkingDay(date))) {
            errors.add(new FieldProblem("date", "is not a working day already (a bank holiday or a configured closure)."));
        } else if (kind == CalendarDays.Kind.OPEN && settingCalendars.inUse().stream()
                .allMatch(region -> calendars.of(region).isWorkingDay(date))) {
            errors.add(new FieldProblem("date", "is a working day already."));
        }
    }

    private static List<String> clean(List<String> dates) {
        return dates == null ? List.of() : dates.stream().map(String::strip).filter(d -> !d.isEmpty()).sorted().toList();
    }
}
