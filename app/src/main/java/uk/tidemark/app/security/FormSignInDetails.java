package uk.tidemark.app.security;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A sign-in through the sign-in page. Its code is normally asked for on a second page; the optional
 * {@value #CODE_FIELD} field of the first lets it come with the password, which is how an account with a second
 * factor signs in while its password is locked or its network is limited (decision 0025).
 */
public final class FormSignInDetails extends SignInDetails {

    public static final String CODE_FIELD = "code";

    public FormSignInDetails(HttpServletRequest request) {
        super(request, request.getParameter(CODE_FIELD));
    }
}
