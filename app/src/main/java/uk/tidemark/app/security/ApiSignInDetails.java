package uk.tidemark.app.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * What an HTTP Basic sign-in to the API carries besides the password: the TOTP code, in the
 * {@value #TOTP_HEADER} header (accounts that need a second factor only).
 */
public final class ApiSignInDetails extends WebAuthenticationDetails {

    public static final String TOTP_HEADER = "X-Tidemark-Totp";

    private final transient String totpCode;

    public ApiSignInDetails(HttpServletRequest request) {
        super(request);
        this.totpCode = request.getHeader(TOTP_HEADER);
    }

    String totpCode() {
        return totpCode;
    }

    @Override
    public String toString() {
        return "ApiSignInDetails"; // never the code, nor the address and session id that the parent would print
    }
}
