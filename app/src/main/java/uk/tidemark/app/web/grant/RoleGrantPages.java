package uk.tidemark.app.web.grant;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.web.page.Form;
import uk.tidemark.app.web.page.PageActions;
import uk.tidemark.app.web.page.WebPage;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * "Confirm these role changes": the requests a headteacher or administrator sees, each with who asked, for whom,
 * which role and which setting, and Confirm and Decline buttons when it is theirs to decide (else why not). Each
 * button runs {@link RoleGrantController}'s method, so the page and the API check, refuse and audit alike.
 */
@WebPage
class RoleGrantPages {

    static final Map<String, String> LABELS = Map.of("reason", "Reason", "form", "The form");

    private final RoleGrantController grants;
    private final PageActions actions;

    RoleGrantPages(RoleGrantController grants, PageActions actions) {
        this.grants = grants;
        this.actions = actions;
    }

    @GetMapping("/role-grants")
    String list(@AuthenticationPrincipal TidemarkUser user, Model model) {
        return page(user, model, null, null);
    }

    @PostMapping("/role-grants/{grantId}/confirm")
    String confirm(@PathVariable String grantId, @AuthenticationPrincipal TidemarkUser user, Model model,
                   RedirectAttributes redirect, HttpServletResponse response) {
        grants.mayDecide(grantId, user); // 404 or 403 as the error page, before anything else
        PageActions.Outcome<RoleGrantController.GrantView> outcome = actions.run("decision", Map.of(),
                () -> grants.confirm(grantId, user));
        return after(outcome, "You confirmed: ", grantId, user, model, redirect, response);
    }

    @PostMapping("/role-grants/{grantId}/decline")
    String decline(@PathVariable String grantId, @RequestParam(required = false) String reason,
                   @AuthenticationPrincipal TidemarkUser user, Model model, RedirectAttributes redirect,
                   HttpServletResponse response) {
        grants.mayDecide(grantId, user);
        Map<String, String> values = new HashMap<>();
        if (reason != null) {
            values.put("reason", reason);
        }
        RoleGrantController.Decline body = new RoleGrantController.Decline(reason);
        PageActions.Outcome<RoleGrantController.GrantView> outcome = actions.run("decision", values,
                () -> grants.decline(grantId, body, new BeanPropertyBindingResult(body, "body"), user));
        return after(outcome, "You declined: ", grantId, user, model, redirect, response);
    }

    private String after(PageActions.Outcome<RoleGrantController.GrantView> outcome, String done, String grantId,
                         TidemarkUser user, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        if (outcome.form() != null) {
            response.setStatus(outcome.form().refusal() != null ? 409 : 400);
            return page(user, model, outcome.form(), grantId);
        }
        redirect.addFlashAttribute("success", done + GrantWords.of(outcome.result()).sentence() + ".");
        return "redirect:/role-grants";
    }

    private String page(TidemarkUser user, Model model, Form refused, String refusedGrant) {
        List<GrantWords> waiting = grants.list(user).stream().map(GrantWords::of).toList();
        model.addAttribute("grants", waiting);
        // each card's decline form has ids of its own; the refused one comes back with its problems
        Map<String, Form> declineForms = new HashMap<>();
        for (GrantWords g : waiting) {
            declineForms.put(g.grantId(), refused != null && g.grantId().equals(refusedGrant) ? refused
                    : Form.blank("decision-" + g.grantId()));
        }
        model.addAttribute("declineForms", declineForms);
        model.addAttribute("decision", refused != null ? refused : Form.blank("decision"));
        model.addAttribute("refusedGrant", refusedGrant);
        model.addAttribute("labels", LABELS);
        return "grants/list";
    }
}
