package uk.tidemark.app.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * What a password sign-in carries besides the password: the client's address (as Tomcat resolved it, see
 * {@link uk.tidemark.app.security.lockout.AddressLimit}) and, when given, a second-factor code.
 */
public abstract sealed class SignInDetails extends WebAuthenticationDetails permits ApiSignInDetails, FormSignInDetails {

    private final transient String totpCode;

    SignInDetails(HttpServletRequest request, String totpCode) {
        super(request);
        this.totpCode = totpCode == null || totpCode.isBlank() ? null : totpCode;
    }

    /** The code given with the password; null when none was. */
    String totpCode() {
        return totpCode;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName(); // never the code, nor the address and session id the parent would print
    }
}
