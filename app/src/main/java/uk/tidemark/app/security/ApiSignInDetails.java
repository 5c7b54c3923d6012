package uk.tidemark.app.security;

import jakarta.servlet.http.HttpServletRequest;

/**
 * An HTTP Basic sign-in to the API: the TOTP code travels in the {@value #TOTP_HEADER} header (accounts that need a
 * second factor only).
 */
public final class ApiSignInDetails extends SignInDetails {

    public static final String TOTP_HEADER = "X-Tidemark-Totp";

    public ApiSignInDetails(HttpServletRequest request) {
        super(request, request.getHeader(TOTP_HEADER));
    }
}
