package uk.tidemark.app.web.signin;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.tidemark.app.security.session.AccountChange;
import uk.tidemark.app.web.page.Choice;
import uk.tidemark.app.web.page.Form;
import uk.tidemark.app.web.page.WebPage;

import java.util.ArrayList;
import java.util.List;

/**
 * The sign-in page: username and password (Spring Security's form sign-in takes the POST), and a button per OIDC
 * provider when one is configured. A refused sign-in says only that it was refused: never whether the username
 * exists, or whether the account is locked (the lock-out answers the same words).
 */
@WebPage
class SignInPage {

    static final String REFUSED = "Enter a correct username and password. After several wrong attempts an account "
            + "is locked for a while.";

    private final ObjectProvider<ClientRegistrationRepository> providers;

    SignInPage(ObjectProvider<ClientRegistrationRepository> providers) {
        this.providers = providers;
    }

    @GetMapping("/login")
    String signIn(@RequestParam(required = false) String error, @RequestParam(required = false) String logout,
                  @RequestParam(required = false) String ended, Model model) {
        // a session ended because its account changed (decision 0024): why, in the user's words
        model.addAttribute("ended", ended == null ? null
                : AccountChange.ofSlug(ended).map(AccountChange::words).orElse(null));
        model.addAttribute("login", error == null ? Form.blank("login")
                : new Form("login", null, List.of(), REFUSED));
        model.addAttribute("signedOut", logout != null);
        model.addAttribute("providers", providers());
        return "auth/login";
    }

    /** The configured OIDC providers, as (registration id, the name shown on its button). */
    private List<Choice> providers() {
        List<Choice> found = new ArrayList<>();
        ClientRegistrationRepository repository = providers.getIfAvailable();
        if (repository instanceof Iterable<?> registrations) {
            for (Object each : registrations) {
                if (each instanceof ClientRegistration registration) {
                    found.add(new Choice(registration.getRegistrationId(), registration.getClientName()));
                }
            }
        }
        return found;
    }
}
