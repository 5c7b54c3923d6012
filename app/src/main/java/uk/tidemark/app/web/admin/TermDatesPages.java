package uk.tidemark.app.web.admin;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import uk.tidemark.app.account.Setting;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.deadline.TermDateStore;
import uk.tidemark.app.refusal.FieldProblem;
import uk.tidemark.app.time.LondonTimes;
import uk.tidemark.app.web.page.Choice;
import uk.tidemark.app.web.page.Form;
import uk.tidemark.app.web.page.PageActions;
import uk.tidemark.app.web.page.PageForms;
import uk.tidemark.app.web.page.WebPage;

import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The term-dates page: a setting's terms and holidays ({@link TermDatesAdminController}), a range added with GOV.UK
 * date inputs (day, month and year boxes, read by DateFields), one removed, or a term-dates CSV imported.
 */
@WebPage
class TermDatesPages {

    static final Map<String, String> LABELS = Map.of("kind", "Term or holiday", "name", "Name",
            "firstDay", "First day", "lastDay", "Last day", "settingId", "Setting", "id", "Term or holiday");
    static final List<String> ORDER = List.of("settingId", "kind", "name", "firstDay", "lastDay");

    private final TermDatesAdminController terms;
    private final AdminScope scope;
    private final AdminForms forms;
    private final PageActions actions;

    TermDatesPages(TermDatesAdminController terms, AdminScope scope, AdminForms forms, PageActions actions) {
        this.terms = terms;
        this.scope = scope;
        this.forms = forms;
        this.actions = actions;
    }

    @GetMapping("/admin/term-dates")
    String page(@RequestParam(required = false) String settingId, @AuthenticationPrincipal TidemarkUser user,
                Model model) {
        return page(user, settingId, model, Form.blank("range", Map.of("kind", "HOLIDAY")), Form.blank("csv"));
    }

    @PostMapping("/admin/term-dates")
    String add(@RequestParam MultiValueMap<String, String> submitted, @AuthenticationPrincipal TidemarkUser user,
               Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Map<String, String> values = AdminForms.values(submitted, Set.of());
        String settingId = submitted.getFirst("settingId");
        if (settingId == null || settingId.isBlank()) {
            return noSetting(user, model, response);
        }
        Setting setting = scope.setting(user, settingId);
        // the day, month and year boxes are read centrally (DateFields), problems worded as on every date input
        PageForms.Bound<TermDatesAdminController.NewRange> bound =
                forms.bind(submitted, TermDatesAdminController.NewRange.class, Set.of());
        PageActions.Outcome<?> outcome = bound.value() == null
                ? new PageActions.Outcome<Object>(null, new Form("range", values, bound.errors(), null))
                : actions.run("range", values, () -> terms.add(bound.value(), AdminForms.binding(bound), user));
        if (!outcome.done()) {
            response.setStatus(400);
            return page(user, setting.id(), model, AdminForms.inPageOrder(outcome.form(), ORDER), Form.blank("csv"));
        }
        TermDatesAdminController.RangeView added = (TermDatesAdminController.RangeView) outcome.result();
        redirect.addFlashAttribute("success", added.name() + " (" + span(added.firstDay(), added.lastDay())
                + ") is saved for " + setting.name() + ". Complaint deadlines set from now on count school days "
                + "on it; deadlines already set keep their due date.");
        return redirectTo(setting.id());
    }

    @PostMapping("/admin/term-dates/remove")
    String remove(@RequestParam(required = false) String settingId, @RequestParam(required = false) String id,
                  @AuthenticationPrincipal TidemarkUser user, Model model, RedirectAttributes redirect,
                  HttpServletResponse response) {
        if (settingId == null || settingId.isBlank()) {
            return noSetting(user, model, response);
        }
        Setting setting = scope.setting(user, settingId);
        if (id == null || id.isBlank()) {
            response.setStatus(400);
            return page(user, setting.id(), model, new Form("range", Map.of("kind", "HOLIDAY"), List.of(
                    new FieldProblem("id", "is required: choose the one to remove.")), null), Form.blank("csv"));
        }
        TermDatesAdminController.RangeView row = terms.list(setting.id(), user).stream()
                .filter(r -> r.id().equals(id)).findFirst().orElse(null);
        if (row == null) {
            redirect.addFlashAttribute("success", "That term or holiday was removed already.");
            return redirectTo(setting.id());
        }
        TermDatesAdminController.Removal removal = new TermDatesAdminController.Removal(setting.id(), row.id());
        terms.remove(removal, new org.springframework.validation.BeanPropertyBindingResult(removal, "body"), user);
        redirect.addFlashAttribute("success", row.name() + " (" + span(row.firstDay(), row.lastDay())
                + ") is removed from " + setting.name() + ".");
        return redirectTo(setting.id());
    }

    @PostMapping("/admin/term-dates/import")
    String importCsv(@RequestParam(required = false) String settingId,
                     @RequestParam(name = "file", required = false) MultipartFile file,
                     @AuthenticationPrincipal TidemarkUser user, Model model, RedirectAttributes redirect,
                     HttpServletResponse response) throws IOException {
        if (settingId == null || settingId.isBlank()) {
            return noSetting(user, model, response);
        }
        Setting setting = scope.setting(user, settingId);
        byte[] bytes = file == null || file.isEmpty() ? null : file.getBytes();
        PageActions.Outcome<TermDatesAdminController.ImportResult> outcome = actions.run("csv", Map.of(),
                () -> terms.importFile(user, setting.id(), bytes));
        if (!outcome.done()) {
            response.setStatus(400);
            return page(user, setting.id(), model, Form.blank("range", Map.of("kind", "HOLIDAY")), outcome.form());
        }
        TermDatesAdminController.ImportResult r = outcome.result();
        redirect.addFlashAttribute("success", "The term dates were imported for " + setting.name() + ": "
                + ranges(r.added()) + " added" + (r.unchanged() > 0 ? ", " + r.unchanged() + " already there." : "."));
        return redirectTo(setting.id());
    }

    /** A form sent without its setting (the page always sends it): 400, the page of the first setting. */
    private String noSetting(TidemarkUser user, Model model, HttpServletResponse response) {
        response.setStatus(400);
        return page(user, null, model, new Form("range", Map.of("kind", "HOLIDAY"), List.of(new FieldProblem(
                "settingId", "is required: choose the setting.")), null), Form.blank("csv"));
    }

    private static String redirectTo(String settingId) {
        return "redirect:" + UriComponentsBuilder.fromPath("/admin/term-dates").queryParam("settingId", settingId)
                .build().encode().toUriString();
    }

    private static String ranges(int n) {
        return n == 1 ? "1 range" : n + " ranges";
    }

    /** "Saturday 19 December 2026 to Sunday 3 January 2027" (one day: just the day). */
    static String span(LocalDate first, LocalDate last) {
        String from = LondonTimes.show(TermDatesAdminController.DAY, first);
        return first.equals(last) ? from : from + " to " + LondonTimes.show(TermDatesAdminController.DAY, last);
    }

    /** A range as the page lists it. */
    record Shown(String id, String kind, String name, String dates, String addedBy) {
    }

    private String page(TidemarkUser user, String settingId, Model model, Form range, Form csv) {
        List<Setting> settings = scope.settingsOf(user);
        Setting setting = settingId == null || settingId.isBlank()
                ? (settings.isEmpty() ? null : settings.get(0)) : scope.setting(user, settingId);
        model.addAttribute("settings", settings.stream().map(s -> new Choice(s.id(), s.name())).toList());
        model.addAttribute("setting", setting);
        List<TermDatesAdminController.RangeView> rows = setting == null ? List.of() : terms.list(setting.id(), user);
        model.addAttribute("ranges", rows.stream().map(r -> new Shown(r.id(),
                r.kind() == TermDateStore.Kind.TERM ? "Term" : "Holiday", r.name(), span(r.firstDay(), r.lastDay()),
                r.addedBy())).toList());
        model.addAttribute("removeOptions", rows.stream().map(r -> new Choice(r.id(), r.name() + ": "
                + span(r.firstDay(), r.lastDay()))).toList());
        Map<String, String> rangeValues = new LinkedHashMap<>(range.values());
        if (setting != null) {
            rangeValues.put("settingId", setting.id());
        }
        model.addAttribute("range", new Form(range.name(), rangeValues, range.errors(), range.refusal()));
        model.addAttribute("csv", csv);
        model.addAttribute("labels", LABELS);
        model.addAttribute("kindOptions", List.of(
                new Choice("TERM", "Term", "The days the school is open to pupils, from the first day of term to the last"),
                new Choice("HOLIDAY", "Holiday", "A holiday, half term or closure: complaint deadlines skip it")));
        return "admin/term-dates";
    }
}
