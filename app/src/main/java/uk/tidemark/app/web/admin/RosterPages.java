package uk.tidemark.app.web.admin;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.tidemark.app.account.Setting;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.web.page.Choice;
import uk.tidemark.app.web.page.Form;
import uk.tidemark.app.web.page.PageActions;
import uk.tidemark.app.web.page.WebPage;
import uk.tidemark.kernel.person.RosterImportResult;
import uk.tidemark.kernel.person.RosterSummary;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * A setting's school list: how many pupils and staff its roster holds, and the form an administrator imports the
 * MIS's CSV export with ({@link RosterAdminController}); what the import changed, in words, afterwards.
 */
@WebPage
class RosterPages {

    static final String FORM = "roster";
    /** The problems are whole sentences ("Line 4: the MIS id is missing."): no label before them. */
    static final Map<String, String> LABELS = Map.of();
    static final List<Choice> ROLE_OPTIONS = List.of(
            new Choice("", "Pupils and staff", "The file has a Role (or Type) column saying which each person is"),
            new Choice("PUPIL", "Pupils only", "Staff already on the list stay as they are"),
            new Choice("STAFF", "Staff only", "Pupils already on the list stay as they are"));

    private final RosterAdminController rosters;
    private final AdminScope scope;
    private final PageActions actions;

    RosterPages(RosterAdminController rosters, AdminScope scope, PageActions actions) {
        this.rosters = rosters;
        this.scope = scope;
        this.actions = actions;
    }

    @GetMapping("/admin/settings/{settingId}/roster")
    String page(@PathVariable String settingId, @AuthenticationPrincipal TidemarkUser user, Model model) {
        return page(user, settingId, model, Form.blank(FORM, Map.of("role", "")));
    }

    @PostMapping("/admin/settings/{settingId}/roster")
    String upload(@PathVariable String settingId, @RequestParam(name = "file", required = false) MultipartFile file,
                  @RequestParam(required = false) String role, @AuthenticationPrincipal TidemarkUser user,
                  Model model, RedirectAttributes redirect, HttpServletResponse response) throws IOException {
        Setting setting = scope.setting(user, settingId);
        Map<String, String> values = Map.of("role", role == null ? "" : role);
        byte[] bytes = file == null || file.isEmpty() ? null : file.getBytes();
        String name = file == null ? null : file.getOriginalFilename();
        PageActions.Outcome<RosterImportResult> outcome = actions.run(FORM, values,
                () -> rosters.importFile(user, setting.id(), bytes, role, name));
        if (!outcome.done()) {
            response.setStatus(outcome.form().refusal() != null ? 409 : 400);
            return page(user, setting.id(), model, outcome.form());
        }
        redirect.addFlashAttribute("success", words(outcome.result()));
        // the list as the import left it: the read model may be a moment behind the redirect
        redirect.addFlashAttribute("imported", outcome.result().roster());
        return "redirect:/admin/settings/" + setting.id() + "/roster";
    }

    /** "The list was imported: 12 people joined, 3 changed and 2 marked as left; 480 as before." */
    static String words(RosterImportResult r) {
        if (r.joined() == 0 && r.changed() == 0 && r.left() == 0) {
            return "The list was already up to date: nothing changed (" + people(r.unchanged()) + " as before).";
        }
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (r.joined() > 0) {
            parts.add(people(r.joined()) + " joined");
        }
        if (r.changed() > 0) {
            parts.add((parts.isEmpty() ? people(r.changed()) : r.changed()) + " changed");
        }
        if (r.left() > 0) {
            parts.add((parts.isEmpty() ? people(r.left()) : r.left()) + " marked as left");
        }
        String done = parts.size() == 1 ? parts.get(0)
                : String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
        return "The list was imported: " + done + (r.unchanged() > 0 ? "; " + r.unchanged() + " as before." : ".");
    }

    private static String people(int n) {
        return n == 1 ? "1 person" : n + " people";
    }

    private String page(TidemarkUser user, String settingId, Model model, Form form) {
        Setting setting = scope.setting(user, settingId);
        RosterSummary summary = model.getAttribute("imported") instanceof RosterSummary imported
                ? imported : rosters.summary(setting.id(), user);
        model.addAttribute("setting", setting);
        model.addAttribute("summary", summary);
        model.addAttribute("form", form);
        model.addAttribute("labels", LABELS);
        model.addAttribute("roleOptions", ROLE_OPTIONS);
        return "admin/roster";
    }
}
