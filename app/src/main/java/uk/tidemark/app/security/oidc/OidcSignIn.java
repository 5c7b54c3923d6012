package uk.tidemark.app.security.oidc;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import uk.tidemark.app.account.AccountStore;
import uk.tidemark.app.account.TidemarkUser;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Turns a verified OpenID Connect sign-in into a Tidemark user: the username from
 * {@code tidemark.oidc.username-claim}, roles and settings from the groups claim through
 * {@code tidemark.oidc.group-roles}, written to the accounts store ({@link OidcAccounts}). A user whose groups
 * map to nothing is refused, as is a username that belongs to a local account. Second factors and lock-outs are
 * the provider's business for its users (Entra ID's conditional access, Google's 2-step verification).
 */
@Component
public class OidcSignIn implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private static final Logger log = LoggerFactory.getLogger(OidcSignIn.class);

    private final OidcUserService provider = new OidcUserService();
    private final OidcProperties properties;
    private final GroupGrants grants;
    private final OidcAccounts store;
    private final AccountStore accounts;

    OidcSignIn(OidcProperties properties, OidcAccounts store, AccountStore accounts) {
        this.properties = properties;
        this.grants = new GroupGrants(properties.groupRoles());
        this.store = store;
        this.accounts = accounts;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser oidc = provider.loadUser(request);
        String username = oidc.getClaimAsString(properties.usernameClaim());
        if (username == null || username.isBlank() || username.length() > 100) {
            throw refused("The identity provider did not name the user (claim " + properties.usernameClaim() + ").");
        }
        List<String> groups = Objects.requireNonNullElse(oidc.getClaimAsStringList(properties.groupsClaim()), List.of());
        GroupGrants.Access access = grants.accessOf(groups);
        if (access.none() || properties.trustId().isBlank()) {
            log.info("An OIDC sign-in was refused: none of the user's groups is mapped in tidemark.oidc.group-roles");
            throw refused("Your account has no role in Tidemark.");
        }
        Set<String> settings = new HashSet<>(store.settingsOfTrust(properties.trustId(), access.settingIds()));
        if (settings.size() < access.settingIds().size()) {
            log.warn("tidemark.oidc.group-roles names settings that are not settings of trust {}; they were ignored",
                    properties.trustId());
        }
        if (!access.trustWide() && settings.isEmpty()) {
            throw refused("Your account has no role in Tidemark.");
        }
        String displayName = cut(Objects.requireNonNullElse(oidc.getFullName(), username), 200);
        String email = oidc.getEmail() == null || oidc.getEmail().length() > 320 ? null : oidc.getEmail();
        OidcAccounts.Outcome outcome = store.save(username, displayName, email, properties.trustId(),
                access.trustWide(), access.roles(), settings);
        if (outcome != OidcAccounts.Outcome.SAVED) {
            log.warn("An OIDC sign-in was refused: {}", outcome == OidcAccounts.Outcome.LOCAL_ACCOUNT
                    ? "its username belongs to a local account" : "its account is disabled");
            throw refused("This account cannot sign in with the identity provider.");
        }
        TidemarkUser user = accounts.find(username).orElseThrow();
        return new OidcTidemarkUser(user, oidc.getIdToken(), oidc.getUserInfo());
    }

    /** The accounts table's column sizes: a provider's long name is shortened, not a failed sign-in. */
    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    private static OAuth2AuthenticationException refused(String description) {
        return new OAuth2AuthenticationException(new OAuth2Error("access_denied", description, null));
    }
}
