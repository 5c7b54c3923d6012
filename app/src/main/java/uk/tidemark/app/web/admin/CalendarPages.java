package uk.tidemark.app.web.admin;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.time.LondonTimes;
import uk.tidemark.app.web.page.Choice;
import uk.tidemark.app.web.page.Form;
import uk.tidemark.app.web.page.PageActions;
import uk.tidemark.app.web.page.PageForms;
import uk.tidemark.app.web.page.WebPage;
import uk.tidemark.app.deadline.CalendarDays;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** The calendar page: closures and open days over the bank holidays ({@link CalendarAdminController}). */
@WebPage
class CalendarPages {

    static final Map<String, String> LABELS = Map.of("date", "Date", "kind", "Closed or open", "reason", "Reason",
            "form", "The form");

    private final CalendarAdminController calendar;
    private final AdminForms forms;
    private final PageActions actions;

    CalendarPages(CalendarAdminController calendar, AdminForms forms, PageActions actions) {
        this.calendar = calendar;
        this.forms = forms;
        this.actions = actions;
    }

    @GetMapping("/admin/calendar")
    String page(@AuthenticationPrincipal TidemarkUser user, Model model) {
        return page(user, model, Form.blank("day", Map.of("kind", "CLOSED")), Form.blank("remove"));
    }

    @PostMapping("/admin/calendar")
    String add(@RequestParam MultiValueMap<String, String> submitted, @AuthenticationPrincipal TidemarkUser user,
               Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Map<String, String> values = AdminForms.values(submitted, Set.of());
        PageForms.Bound<CalendarAdminController.NewDay> bound =
                forms.bind(submitted, CalendarAdminController.NewDay.class, Set.of());
        PageActions.Outcome<?> outcome = bound.value() == null
                ? new PageActions.Outcome<Object>(null, new Form("day", values, bound.errors(), null))
                : actions.run("day", values, () -> calendar.add(bound.value(), AdminForms.binding(bound), user));
        if (!outcome.done()) {
            response.setStatus(400);
            return page(user, model, outcome.form(), Form.blank("remove"));
        }
        CalendarAdminController.DayView day = (CalendarAdminController.DayView) outcome.result();
        redirect.addFlashAttribute("success", LondonTimes.full(day.date())
                + (day.kind() == CalendarDays.Kind.CLOSED
                ? " is now closed: deadlines set from now on skip it, as they skip a weekend."
                : " is now open: deadlines set from now on count it as a working day.")
                + " Deadlines already set keep their due date.");
        return "redirect:/admin/calendar";
    }

    @PostMapping("/admin/calendar/remove")
    String remove(@RequestParam MultiValueMap<String, String> submitted, @AuthenticationPrincipal TidemarkUser user,
                  Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Map<String, String> values = AdminForms.values(submitted, Set.of());
        PageForms.Bound<CalendarAdminController.Removal> bound =
                forms.bind(submitted, CalendarAdminController.Removal.class, Set.of());
        if (!bound.ok()) {
            response.setStatus(400);
            return page(user, model, Form.blank("day", Map.of("kind", "CLOSED")),
                    new Form("remove", values, bound.errors(), null));
        }
        calendar.remove(bound.value(), AdminForms.binding(bound), user);
        redirect.addFlashAttribute("success", LondonTimes.full(bound.value().date()) + " follows the calendar again.");
        return "redirect:/admin/calendar";
    }

    private String page(TidemarkUser user, Model model, Form day, Form remove) {
        CalendarAdminController.CalendarView view = calendar.view(user);
        model.addAttribute("calendar", view);
        model.addAttribute("removeOptions", view.days().stream()
                .map(d -> new Choice(d.date().toString(), LondonTimes.full(d.date()))).toList());
        model.addAttribute("day", AdminForms.inPageOrder(day, List.of("date", "kind", "reason")));
        model.addAttribute("remove", remove);
        model.addAttribute("labels", LABELS);
        model.addAttribute("kindOptions", List.of(
                new Choice("CLOSED", "Closed", "An INSET or training day, an extra bank holiday: deadlines skip it"),
                new Choice("OPEN", "Open", "A bank holiday the organisation works: deadlines count it")));
        return "admin/calendar";
    }
}
