package uk.tidemark.app.web.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.web.page.Form;
import uk.tidemark.app.web.page.WebPage;
import uk.tidemark.app.refusal.InvalidRequestException;
import uk.tidemark.kernel.RefusedCommandException;
import uk.tidemark.app.security.password.PasswordPolicy;
import uk.tidemark.app.security.password.PasswordChange;

import java.util.List;
import java.util.Map;

/**
 * {@value #PATH}: change your password (decision 0024). The page every request of a user who must change the
 * password an administrator gave them is sent to, and the one the header's "Change password" link opens. It runs
 * {@link PasswordChange}, as the API does. A refused form comes back without the passwords typed (a page never
 * writes a password into its HTML).
 */
@WebPage
class PasswordPage {

    static final String PATH = "/account/password";
    static final Map<String, String> LABELS = Map.of(PasswordChange.CURRENT, "Current password",
            PasswordChange.NEW, "New password");

    private final PasswordChange passwords;

    PasswordPage(PasswordChange passwords) {
        this.passwords = passwords;
    }

    @GetMapping(PATH)
    String page(@AuthenticationPrincipal TidemarkUser user, Model model) {
        return render(user, model, Form.blank("password"));
    }

    @PostMapping(PATH)
    String change(@RequestParam(name = PasswordChange.CURRENT, required = false) String currentPassword,
                  @RequestParam(name = PasswordChange.NEW, required = false) String newPassword,
                  @AuthenticationPrincipal TidemarkUser user, Model model, RedirectAttributes redirect,
                  HttpServletRequest request, HttpServletResponse response) {
        try {
            passwords.change(user, currentPassword, newPassword, "PAGE", request, response);
        } catch (InvalidRequestException refused) {
            response.setStatus(400);
            return render(user, model, new Form("password", null, refused.errors(), null));
        } catch (RefusedCommandException refused) {
            response.setStatus(409);
            return render(user, model, new Form("password", null, List.of(), refused.getMessage()));
        }
        redirect.addFlashAttribute("success", "Your password was changed. You were signed out everywhere else.");
        return "redirect:/";
    }

    private static String render(TidemarkUser user, Model model, Form form) {
        model.addAttribute("password", form);
        model.addAttribute("labels", LABELS);
        model.addAttribute("forced", user.mustChangePassword());
        model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
        return "account/password";
    }
}
