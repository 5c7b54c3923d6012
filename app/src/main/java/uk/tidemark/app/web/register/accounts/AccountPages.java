package uk.tidemark.app.web.register.accounts;

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
import uk.tidemark.app.web.page.ActionAnswer;
import uk.tidemark.app.web.page.Choice;
import uk.tidemark.app.web.page.Form;
import uk.tidemark.app.web.page.OnceOnlyForms;
import uk.tidemark.app.web.page.PageActions;
import uk.tidemark.app.web.page.PageForms;
import uk.tidemark.app.web.page.SettingNames;
import uk.tidemark.app.web.page.WebPage;
import uk.tidemark.app.web.register.accounts.AccountRequests.Request;
import uk.tidemark.kernel.incident.Platform;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The official accounts register ({@code /registers/official-accounts}) and the form that asks for an account
 * ({@code /registers/official-accounts/new}), over {@link OfficialAccountController}.
 */
@WebPage
class AccountPages {

    static final String REQUEST_FORM = "request";

    private final OfficialAccountController api;
    private final AccountCasePages casePages;
    private final PageActions actions;
    private final PageForms forms;
    private final AccessScope scope;
    private final OnceOnlyForms once;

    AccountPages(OfficialAccountController api, AccountCasePages casePages, PageActions actions, PageForms forms,
                 AccessScope scope, OnceOnlyForms once) {
        this.api = api;
        this.casePages = casePages;
        this.actions = actions;
        this.forms = forms;
        this.scope = scope;
        this.once = once;
    }

    @GetMapping("/registers/official-accounts")
    @CaseDataRead // read through the API controller, which records the read before the page shows it
    String register(@AuthenticationPrincipal TidemarkUser user, Model model) {
        model.addAttribute("accounts", api.list(user));
        model.addAttribute("settingNames", SettingNames.of(scope, user));
        return "registers/accounts/register";
    }

    @GetMapping("/registers/official-accounts/new")
    String requestForm(@AuthenticationPrincipal TidemarkUser user, Model model) {
        AccountAccess.requireStaff(user);
        return requestPage(user, model, Form.blank(REQUEST_FORM, OnceOnlyForms.withNewKey(Map.of())));
    }

    @PostMapping("/registers/official-accounts/new")
    String request(@RequestParam Map<String, String> form, @AuthenticationPrincipal TidemarkUser user, Model model,
                   RedirectAttributes flash, HttpServletResponse response) {
        AccountAccess.requireStaff(user);
        // asked for once however often it is submitted: a repeat goes to the account the first one asked for
        PageActions.Outcome<String> outcome = once.createOnce(user, REQUEST_FORM, form, () -> actions.submit(forms,
                REQUEST_FORM, form, Request.class,
                body -> api.request(body, new BeanPropertyBindingResult(body, "body"), user).getBody().id()));
        return ActionAnswer.afterCreation(outcome, casePages::readVersion, "/registers/official-accounts/",
                "The account is asked for. A headteacher of the setting will approve or refuse it.", flash, response,
                failed -> requestPage(user, model, failed));
    }

    private String requestPage(TidemarkUser user, Model model, Form form) {
        model.addAttribute("form", form);
        model.addAttribute("labels", AccountActions.REQUEST_LABELS);
        model.addAttribute("settings", scope.settingsOf(user).stream().map(s -> new Choice(s.id(), s.name())).toList());
        model.addAttribute("platforms", platforms());
        return "registers/accounts/new";
    }

    /** The platforms an official account can be on: those of Platform that are social media or video sites. */
    static List<Choice> platforms() {
        return Arrays.stream(Platform.values())
                .filter(p -> p != Platform.ROBLOX && p != Platform.MINECRAFT && p != Platform.OTHER_GAME
                        && p != Platform.WEBSITE_COMMENT && p != Platform.EMAIL)
                .map(p -> new Choice(p.name(), switch (p) {
                    case X -> "X (Twitter)";
                    case TIKTOK -> "TikTok";
                    case YOUTUBE -> "YouTube";
                    case LINKEDIN -> "LinkedIn";
                    case WHATSAPP -> "WhatsApp";
                    case OTHER -> "Another platform";
                    default -> p.name().charAt(0) + p.name().substring(1).toLowerCase();
                })).toList();
    }
}
