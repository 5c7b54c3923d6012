package uk.tidemark.app.security.oidc;

import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import uk.tidemark.app.account.TidemarkUser;

import java.io.Serial;
import java.util.Map;

/**
 * A user signed in through the OpenID Connect provider: a {@link TidemarkUser} (roles and settings from the
 * group mapping, so every controller treats them as any other user) that is also the {@link OidcUser} Spring
 * Security's OAuth 2.0 login expects.
 */
final class OidcTidemarkUser extends TidemarkUser implements OidcUser {

    @Serial
    private static final long serialVersionUID = 1L;

    private final OidcIdToken idToken;
    private final OidcUserInfo userInfo;

    OidcTidemarkUser(TidemarkUser user, OidcIdToken idToken, OidcUserInfo userInfo) {
        super(user.getUsername(), user.displayName(), null, user.roles(), user.trustId(), user.trustWide(),
                user.settingIds(), user.isEnabled(), user.accountVersion(), false);
        this.idToken = idToken;
        this.userInfo = userInfo;
    }

    /** The provider keeps this user's password: there is none to change in Tidemark. */
    @Override
    public boolean hasLocalPassword() {
        return false;
    }

    @Override
    public Map<String, Object> getClaims() {
        return idToken.getClaims();
    }

    @Override
    public OidcUserInfo getUserInfo() {
        return userInfo;
    }

    @Override
    public OidcIdToken getIdToken() {
        return idToken;
    }

    @Override
    public Map<String, Object> getAttributes() {
        return idToken.getClaims();
    }

    @Override
    public String getName() {
        return getUsername();
    }
}
