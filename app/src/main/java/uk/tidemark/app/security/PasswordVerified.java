package uk.tidemark.app.security;

import org.springframework.security.authentication.AbstractAuthenticationToken;

import java.util.List;

/**
 * The first of two steps of a form sign-in: the password was right and the account needs a TOTP code too. It
 * carries no roles and is not authenticated, so that if it ever stood where a signed-in user should it would
 * open nothing; {@link uk.tidemark.app.web.account.SecondFactorPage} takes it from here.
 */
public final class PasswordVerified extends AbstractAuthenticationToken {

    private final String username;

    PasswordVerified(String username) {
        super(List.of());
        this.username = username;
        super.setAuthenticated(false);
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public Object getPrincipal() {
        return username;
    }

    @Override
    public void setAuthenticated(boolean authenticated) {
        if (authenticated) {
            throw new IllegalArgumentException("a password alone does not sign this account in");
        }
        super.setAuthenticated(false);
    }
}
