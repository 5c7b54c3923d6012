package uk.tidemark.app.web.disciplinary;

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
import uk.tidemark.app.web.disciplinary.DisciplinaryRequests.OpenCase;
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
 * HR's register ({@code /hr}: the open cases and the live written warnings) and the form that opens a case
 * ({@code /hr/cases/new}), over {@link HrRegisterController} and {@link DisciplinaryCaseController#open}.
 */
@WebPage
class HrPages {

    static final String OPEN_FORM = "open";
    /** How the error summary names each field ("Whether the employee is a teacher is required."). */
    static final Map<String, String> OPEN_LABELS = Map.of("settingId", "Setting", "employeeName", "Employee's name",
            "employeeUsername", "The employee's Tidemark username (optional)", "teacher", "Whether the employee is a teacher",
            "concernsHarmToChildren", "Whether the allegation concerns harm to children", "allegation", "Allegation");

    private final HrRegisterController register;
    private final DisciplinaryCaseController cases;
    private final DisciplinaryCasePages casePages;
    private final PageActions actions;
    private final PageForms forms;
    private final AccessScope scope;
    private final OnceOnlyForms once;

    HrPages(HrRegisterController register, DisciplinaryCaseController cases, DisciplinaryCasePages casePages,
            PageActions actions, PageForms forms, AccessScope scope, OnceOnlyForms once) {
        this.register = register;
        this.cases = cases;
        this.casePages = casePages;
        this.actions = actions;
        this.forms = forms;
        this.scope = scope;
        this.once = once;
    }

    @GetMapping("/hr")
    @CaseDataRead // read through the API controller, which records the read before the page shows it
    String register(@AuthenticationPrincipal TidemarkUser user, Model model) {
        model.addAttribute("register", register.register(user));
        model.addAttribute("settingNames", SettingNames.of(scope, user));
        model.addAttribute("outcomeWords", DisciplinaryActions.OUTCOME_WORDS);
        return "hr/register";
    }

    @GetMapping("/hr/cases/new")
    String openForm(@AuthenticationPrincipal TidemarkUser user, Model model) {
        return openPage(user, model, Form.blank(OPEN_FORM, OnceOnlyForms.withNewKey(Map.of())));
    }

    @PostMapping("/hr/cases/new")
    String open(@RequestParam Map<String, String> form, @AuthenticationPrincipal TidemarkUser user, Model model,
                RedirectAttributes flash, HttpServletResponse response) {
        // opened once however often it is submitted: a repeat goes to the case the first one opened
        PageActions.Outcome<String> outcome = once.createOnce(user, OPEN_FORM, form, () -> actions.submit(forms,
                OPEN_FORM, form, OpenCase.class,
                body -> cases.open(body, new BeanPropertyBindingResult(body, "body"), user).getBody().id()));
        return ActionAnswer.afterCreation(outcome, casePages::readVersion, "/hr/cases/",
                "The disciplinary case is opened.", flash, response, failed -> openPage(user, model, failed));
    }

    private String openPage(TidemarkUser user, Model model, Form form) {
        List<Setting> settings = scope.settingsOf(user);
        model.addAttribute("form", form);
        model.addAttribute("labels", OPEN_LABELS);
        model.addAttribute("settings", settings.stream().map(s -> new Choice(s.id(), s.name())).toList());
        model.addAttribute("yesNo", List.of(new Choice("true", "Yes"), new Choice("false", "No")));
        return "hr/open";
    }
}
