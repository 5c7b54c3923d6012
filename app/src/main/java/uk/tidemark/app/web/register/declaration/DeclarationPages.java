package uk.tidemark.app.web.register.declaration;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.tidemark.app.access.AccessScope;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.audit.CaseDataRead;
import uk.tidemark.app.refusal.ForbiddenException;
import uk.tidemark.app.web.page.*;
import uk.tidemark.app.web.register.declaration.DeclarationRequests.Declare;
import uk.tidemark.kernel.declaration.DeclarationKind;
import uk.tidemark.kernel.declaration.query.DeclarationView;

import java.util.List;
import java.util.Map;

/**
 * The declarations page ({@code /declarations}: your own, and for a safeguarding lead or headteacher their settings'
 * contacts and requests) and the form to make one ({@code /declarations/new}), over {@link DeclarationController}.
 */
@WebPage
class DeclarationPages {

    static final String DECLARE_FORM = "declare";

    private final DeclarationController api;
    private final DeclarationCasePages casePages;
    private final PageActions actions;
    private final PageForms forms;
    private final AccessScope scope;
    private final OnceOnlyForms once;

    DeclarationPages(DeclarationController api, DeclarationCasePages casePages, PageActions actions, PageForms forms,
                     AccessScope scope, OnceOnlyForms once) {
        this.api = api;
        this.casePages = casePages;
        this.actions = actions;
        this.forms = forms;
        this.scope = scope;
        this.once = once;
    }

    @GetMapping("/declarations")
    @CaseDataRead // read through the API controller, which records the read
    String list(@AuthenticationPrincipal TidemarkUser user, Model model) {
        List<DeclarationView> all = api.list(user);
        String me = user.getUsername();
        model.addAttribute("mine", all.stream().filter(d -> me.equals(d.declaredBy())).toList());
        model.addAttribute("contacts", all.stream().filter(d -> !me.equals(d.declaredBy())
                && d.kind() == DeclarationKind.CONTACT).toList());
        model.addAttribute("approvals", all.stream().filter(d -> !me.equals(d.declaredBy())
                && d.kind() == DeclarationKind.APPROVAL).toList());
        model.addAttribute("lead", scope.settingIdsOf(user).stream()
                .anyMatch(s -> scope.mayWorkOn(user, uk.tidemark.kernel.CaseType.DECLARATION, s)));
        model.addAttribute("mayDeclare", DeclarationController.mayDeclare(user));
        model.addAttribute("settingNames", SettingNames.of(scope, user));
        model.addAttribute("words", new DeclarationPageWords());
        return "declarations/list";
    }

    @GetMapping("/declarations/new")
    String declareForm(@AuthenticationPrincipal TidemarkUser user, Model model) {
        requireStaff(user);
        return declarePage(user, model, Form.blank(DECLARE_FORM, OnceOnlyForms.withNewKey(Map.of())));
    }

    @PostMapping("/declarations/new")
    String declare(@RequestParam Map<String, String> form, @AuthenticationPrincipal TidemarkUser user, Model model,
                   RedirectAttributes flash, HttpServletResponse response) {
        requireStaff(user);
        PageActions.Outcome<String> outcome = once.createOnce(user, DECLARE_FORM, form, () -> actions.submit(forms,
                DECLARE_FORM, form, Declare.class,
                body -> api.declare(body, new BeanPropertyBindingResult(body, "body"), user).getBody().id()));
        return ActionAnswer.afterCreation(outcome, casePages::readVersion, "/declarations/",
                "Your declaration is made.", flash, response, failed -> declarePage(user, model, failed));
    }

    private static void requireStaff(TidemarkUser user) {
        if (!DeclarationController.mayDeclare(user)) {
            throw new ForbiddenException("Declarations are made by the members of staff of a setting.");
        }
    }

    private String declarePage(TidemarkUser user, Model model, Form form) {
        model.addAttribute("form", form);
        model.addAttribute("labels", DeclarationActions.DECLARE_LABELS);
        model.addAttribute("settings", scope.settingsOf(user).stream().map(s -> new Choice(s.id(), s.name())).toList());
        model.addAttribute("kinds", DeclarationWords.kindChoices());
        model.addAttribute("froms", DeclarationWords.fromChoices());
        model.addAttribute("contactKinds", DeclarationWords.contactKindChoices());
        model.addAttribute("platforms", DeclarationWords.platformChoices());
        model.addAttribute("approvalKinds", DeclarationWords.approvalKindChoices());
        return "declarations/new";
    }
}
