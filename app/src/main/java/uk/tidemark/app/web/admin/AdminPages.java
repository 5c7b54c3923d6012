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
import uk.tidemark.app.web.page.Choice;
import uk.tidemark.app.web.page.Form;
import uk.tidemark.app.web.page.PageActions;
import uk.tidemark.app.web.page.PageForms;
import uk.tidemark.app.web.page.WebPage;
import uk.tidemark.command.deadline.WorkingCalendar;
import uk.tidemark.app.deadline.BankHolidayDataCheck;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The administration start page, and the timescales ({@link TimescaleAdminController}). */
@WebPage
class AdminPages {

    static final Map<String, String> LABELS = Map.of("property", "Timescale", "value", "New value", "form",
            "The form");

    private final TimescaleAdminController timescales;
    private final AdminForms forms;
    private final PageActions actions;
    private final BankHolidayDataCheck bankHolidayData;

    AdminPages(TimescaleAdminController timescales, AdminForms forms, PageActions actions,
               BankHolidayDataCheck bankHolidayData) {
        this.timescales = timescales;
        this.forms = forms;
        this.actions = actions;
        this.bankHolidayData = bankHolidayData;
    }

    @GetMapping("/admin")
    String index(@AuthenticationPrincipal TidemarkUser user, Model model) {
        AdminScope.requireAdmin(user);
        // a shipped bank-holiday list ending within a year (decision 0032): said where every administrator starts
        model.addAttribute("calendarWarnings", bankHolidayData.warnings(LocalDate.now(WorkingCalendar.UK)));
        return "admin/index";
    }

    @GetMapping("/admin/timescales")
    String timescales(@AuthenticationPrincipal TidemarkUser user, Model model) {
        return timescalesPage(user, model, Form.blank("timescale"));
    }

    @PostMapping("/admin/timescales")
    String change(@RequestParam MultiValueMap<String, String> submitted, @AuthenticationPrincipal TidemarkUser user,
                  Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Map<String, String> values = AdminForms.values(submitted, Set.of());
        PageForms.Bound<TimescaleAdminController.Change> bound =
                forms.bind(submitted, TimescaleAdminController.Change.class, Set.of());
        PageActions.Outcome<?> outcome = bound.value() == null
                ? new PageActions.Outcome<Object>(null, new Form("timescale", values, bound.errors(), null))
                : actions.run("timescale", values, () -> timescales.change(bound.value(), AdminForms.binding(bound),
                user));
        if (!outcome.done()) {
            response.setStatus(400);
            return timescalesPage(user, model, outcome.form());
        }
        redirect.addFlashAttribute("success", "The timescale was changed. Deadlines set from now on use it; "
                + "deadlines already set keep their due date.");
        return "redirect:/admin/timescales";
    }

    private String timescalesPage(TidemarkUser user, Model model, Form form) {
        List<TimescaleAdminController.Timescale> all = timescales.list(user);
        model.addAttribute("timescales", all);
        model.addAttribute("timescale", AdminForms.inPageOrder(form, List.of("property", "value")));
        model.addAttribute("labels", LABELS);
        model.addAttribute("timescaleOptions", all.stream().filter(t -> t.property() != null)
                .map(t -> new Choice(t.property(), t.area() + ": " + t.name() + " (" + t.unit() + ")")).toList());
        return "admin/timescales";
    }
}
