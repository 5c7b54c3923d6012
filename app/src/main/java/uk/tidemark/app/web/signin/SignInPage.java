package uk.tidemark.app.web.signin;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.tidemark.app.account.AccountChange;
import uk.tidemark.app.web.page.Choice;
import uk.tidemark.app.web.page.Form;
import uk.tidemark.app.web.page.WebPage;

import java.util.ArrayList;
import java.util.List;

/**
 * The sign-in page: username and password (Spring Security's form sign-in takes the POST), and a button per OIDC
 * provider when one is configured. A refused sign-in says only that it was refused: never whether the username
 * exists, or whether the account is locked (the lock-out answers the same words). A refusal for the client's
 * address (too many failures from its network) says so, which tells nothing about any account.
 */
@WebPage
class SignInPage {

    static final String REFUSED = "Enter a correct username and password. After several wrong attempts an account "
            + "is locked for a while; if yours uses a code from an authenticator app, enter the code with your "
            + "password to sign in all the same.";
    static final String THROTTLED = "There have been too many failed sign-ins from your network. Wait a few "
            + "minutes, or, if your account uses a code from an authenticator app, enter the code with your password.";

    private final ObjectProvider<ClientRegistrationRepository> providers;

    SignInPage(ObjectProvider<ClientRegistrationRepository> providers) {
        this.providers = providers;
    }

    @GetMapping("/login")
    String signIn(@RequestParam(required = false) String error, @RequestParam(required = false) String throttled,
                  @RequestParam(required = false) String logout, @RequestParam(required = false) String ended,
                  Model model) {
        // a session ended because its account changed (decision 0024): why, in the user's words
        model.addAttribute("ended", ended == null ? null
                : AccountChange.ofSlug(ended).map(AccountChange::words).orElse(null));
        String refusal = throttled != null ? THROTTLED : error != null ? REFUSED : null;
        model.addAttribute("login", refusal == null ? Form.blank("login") : new Form("login", null, List.of(), refusal));
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
