package uk.tidemark.app.web.complaint;

import uk.tidemark.app.audit.CaseDataRead;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.tidemark.app.access.AccessScope;
import uk.tidemark.app.account.Setting;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.web.complaint.ComplaintRequests.Receive;
import uk.tidemark.app.web.validation.QueryBooleans;
import uk.tidemark.app.web.page.ActionAnswer;
import uk.tidemark.app.web.page.Choice;
import uk.tidemark.app.web.page.Form;
import uk.tidemark.app.web.page.OnceOnlyForms;
import uk.tidemark.app.web.page.PageActions;
import uk.tidemark.app.web.page.PageForms;
import uk.tidemark.app.web.page.WebPage;
import uk.tidemark.app.web.page.SettingNames;

import java.util.List;
import java.util.Map;

/**
 * The complaints register ({@code /complaints}) and the form that records a complaint received
 * ({@code /complaints/new}), over {@link ComplaintController}.
 */
@WebPage
class ComplaintPages {

    static final String RECEIVE_FORM = "receive";

    private final ComplaintController api;
    private final ComplaintCasePages casePages;
    private final PageActions actions;
    private final PageForms forms;
    private final AccessScope scope;
    private final OnceOnlyForms once;

    ComplaintPages(ComplaintController api, ComplaintCasePages casePages, PageActions actions, PageForms forms,
                   AccessScope scope, OnceOnlyForms once) {
        this.api = api;
        this.casePages = casePages;
        this.actions = actions;
        this.forms = forms;
        this.scope = scope;
        this.once = once;
    }

    /** Open complaints by default (what needs doing); {@code ?all=true} adds the closed and withdrawn ones. */
    @GetMapping("/complaints")
    @CaseDataRead // read through the API controller, which records the read before the page shows it
    String register(@RequestParam(name = "all", required = false) String everything,
                    @AuthenticationPrincipal TidemarkUser user, Model model) {
        boolean all = QueryBooleans.isTrue(everything);
        model.addAttribute("complaints", api.list(!all, user));
        model.addAttribute("all", all);
        model.addAttribute("settingNames", SettingNames.of(scope, user));
        return "complaints/register";
    }

    @GetMapping("/complaints/new")
    String receiveForm(@AuthenticationPrincipal TidemarkUser user, Model model) {
        return receivePage(user, model, Form.blank(RECEIVE_FORM, OnceOnlyForms.withNewKey(Map.of())));
    }

    @PostMapping("/complaints/new")
    String receive(@RequestParam Map<String, String> form, @AuthenticationPrincipal TidemarkUser user, Model model,
                   RedirectAttributes flash, HttpServletResponse response) {
        // recorded once however often it is submitted: a repeat goes to the complaint the first one recorded
        PageActions.Outcome<String> outcome = once.createOnce(user, RECEIVE_FORM, form, () -> actions.submit(forms,
                RECEIVE_FORM, form, Receive.class,
                body -> api.receive(body, new BeanPropertyBindingResult(body, "body"), user).getBody().id()));
        return ActionAnswer.afterCreation(outcome, casePages::readVersion, "/complaints/",
                "The complaint is recorded. Acknowledge it to the complainant next.", flash, response,
                failed -> receivePage(user, model, failed));
    }

    private String receivePage(TidemarkUser user, Model model, Form form) {
        List<Setting> settings = scope.settingsOf(user);
        model.addAttribute("form", form);
        model.addAttribute("labels", ComplaintActions.RECEIVE_LABELS);
        model.addAttribute("settings", settings.stream().map(s -> new Choice(s.id(), s.name())).toList());
        model.addAttribute("channels", ComplaintActions.channels());
        return "complaints/new";
    }
}
