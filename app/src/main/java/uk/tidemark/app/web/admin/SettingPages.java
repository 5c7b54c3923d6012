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
import uk.tidemark.command.deadline.CalendarRegion;
import uk.tidemark.app.account.AdminAccounts;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The settings page: the trust's settings with the calendar each counts on and its reference code, a form to add
 * one, a form to rename one, a form to choose a setting's calendar and one to change its code
 * ({@link SettingAdminController}).
 */
@WebPage
class SettingPages {

    static final Map<String, String> LABELS = Map.of("name", "Name", "id", "Short id", "trustId", "Trust",
            "trustName", "Trust name", "settingId", "Setting", "calendar", "Bank holidays", "code", "Reference code",
            "form", "The form");
    /** The calendars, in words, with the holidays that set each apart. */
    static final List<Choice> CALENDAR_OPTIONS = List.of(
            new Choice(CalendarRegion.ENGLAND_AND_WALES.name(), CalendarRegion.ENGLAND_AND_WALES.words(),
                    "Easter Monday; the summer bank holiday on the last Monday of August"),
            new Choice(CalendarRegion.SCOTLAND.name(), CalendarRegion.SCOTLAND.words(),
                    "2 January and St Andrew's Day; the summer bank holiday on the first Monday of August; "
                            + "no Easter Monday"),
            new Choice(CalendarRegion.NORTHERN_IRELAND.name(), CalendarRegion.NORTHERN_IRELAND.words(),
                    "St Patrick's Day and the Battle of the Boyne (12 July), with Easter Monday"));
    private static final Map<String, String> DEFAULT_CALENDAR = Map.of("calendar", CalendarRegion.DEFAULT.name());

    private final SettingAdminController settings;
    private final AdminScope scope;
    private final AdminForms forms;
    private final PageActions actions;

    SettingPages(SettingAdminController settings, AdminScope scope, AdminForms forms, PageActions actions) {
        this.settings = settings;
        this.scope = scope;
        this.forms = forms;
        this.actions = actions;
    }

    @GetMapping("/admin/settings")
    String page(@AuthenticationPrincipal TidemarkUser user, Model model) {
        return page(user, model, Form.blank("add-setting", DEFAULT_CALENDAR), Form.blank("rename"),
                Form.blank("calendar"), Form.blank("code"));
    }

    @PostMapping("/admin/settings")
    String add(@RequestParam MultiValueMap<String, String> submitted, @AuthenticationPrincipal TidemarkUser user,
               Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Map<String, String> values = AdminForms.values(submitted, Set.of());
        PageForms.Bound<SettingAdminController.NewSetting> bound =
                forms.bind(submitted, SettingAdminController.NewSetting.class, Set.of());
        PageActions.Outcome<?> outcome = bound.value() == null
                ? new PageActions.Outcome<Object>(null, new Form("add-setting", values, bound.errors(), null))
                : actions.run("add-setting", values, () -> settings.add(bound.value(), AdminForms.binding(bound), user));
        if (!outcome.done()) {
            response.setStatus(400);
            return page(user, model, outcome.form(), Form.blank("rename"), Form.blank("calendar"), Form.blank("code"));
        }
        redirect.addFlashAttribute("success", "The setting " + values.get("name") + " was added.");
        return "redirect:/admin/settings";
    }

    @PostMapping("/admin/settings/rename")
    String rename(@RequestParam MultiValueMap<String, String> submitted, @AuthenticationPrincipal TidemarkUser user,
                  Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Map<String, String> values = AdminForms.values(submitted, Set.of());
        PageForms.Bound<SettingAdminController.Rename> bound =
                forms.bind(submitted, SettingAdminController.Rename.class, Set.of());
        if (!bound.ok()) {
            response.setStatus(400);
            return page(user, model, Form.blank("add-setting", DEFAULT_CALENDAR),
                    new Form("rename", values, bound.errors(), null), Form.blank("calendar"), Form.blank("code"));
        }
        SettingAdminController.SettingView renamed = settings.rename(bound.value(), AdminForms.binding(bound), user);
        redirect.addFlashAttribute("success", "The setting was renamed " + renamed.name() + ".");
        return "redirect:/admin/settings";
    }

    @PostMapping("/admin/settings/calendar")
    String calendar(@RequestParam MultiValueMap<String, String> submitted, @AuthenticationPrincipal TidemarkUser user,
                    Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Map<String, String> values = AdminForms.values(submitted, Set.of());
        PageForms.Bound<SettingAdminController.ChangeCalendar> bound =
                forms.bind(submitted, SettingAdminController.ChangeCalendar.class, Set.of());
        if (!bound.ok()) {
            response.setStatus(400);
            return page(user, model, Form.blank("add-setting", DEFAULT_CALENDAR), Form.blank("rename"),
                    new Form("calendar", values, bound.errors(), null), Form.blank("code"));
        }
        SettingAdminController.SettingView changed = settings.calendar(bound.value(), AdminForms.binding(bound), user);
        redirect.addFlashAttribute("success", changed.name() + " counts working days on the bank holidays of "
                + changed.calendarName() + ". Deadlines set from now on use them; deadlines already set keep "
                + "their due date.");
        return "redirect:/admin/settings";
    }

    @PostMapping("/admin/settings/code")
    String code(@RequestParam MultiValueMap<String, String> submitted, @AuthenticationPrincipal TidemarkUser user,
                Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Map<String, String> values = AdminForms.values(submitted, Set.of());
        PageForms.Bound<SettingAdminController.ChangeCode> bound =
                forms.bind(submitted, SettingAdminController.ChangeCode.class, Set.of());
        PageActions.Outcome<SettingAdminController.SettingView> outcome = bound.value() == null
                ? new PageActions.Outcome<>(null, new Form("code", values, bound.errors(), null))
                : actions.run("code", values, () -> settings.code(bound.value(), AdminForms.binding(bound), user));
        if (!outcome.done()) {
            response.setStatus(400);
            return page(user, model, Form.blank("add-setting", DEFAULT_CALENDAR), Form.blank("rename"),
                    Form.blank("calendar"), outcome.form());
        }
        redirect.addFlashAttribute("success", "The references of new cases at " + outcome.result().name()
                + " begin with " + outcome.result().code() + ". References already given stay as they are.");
        return "redirect:/admin/settings";
    }

    private String page(TidemarkUser user, Model model, Form add, Form rename, Form calendar, Form code) {
        List<AdminAccounts.Trust> trusts = user.trustId() == null ? scope.trustsOf(user) : List.of();
        model.addAttribute("settings", settings.list(user));
        model.addAttribute("add", AdminForms.inPageOrder(add, List.of("name", "id", "trustId", "trustName",
                "calendar")));
        model.addAttribute("rename", AdminForms.inPageOrder(rename, List.of("settingId", "name")));
        model.addAttribute("calendarForm", AdminForms.inPageOrder(calendar, List.of("settingId", "calendar")));
        model.addAttribute("codeForm", AdminForms.inPageOrder(code, List.of("settingId", "code")));
        model.addAttribute("calendarOptions", CALENDAR_OPTIONS);
        model.addAttribute("labels", LABELS);
        model.addAttribute("firstTrust", user.trustId() == null && trusts.isEmpty());
        model.addAttribute("trustOptions", trusts.size() > 1
                ? trusts.stream().map(t -> new Choice(t.id(), t.name())).toList() : List.of());
        model.addAttribute("settingOptions", settings.list(user).stream()
                .map(s -> new Choice(s.id(), s.name())).toList());
        return "admin/settings";
    }
}
