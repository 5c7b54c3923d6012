package uk.tidemark.app.security;

import org.springframework.security.authentication.BadCredentialsException;

/**
 * The password was right but the API sign-in lacks a current TOTP code (or the account has not set one up
 * yet). A kind of bad credentials, so it is handled and counted as one; only the problem's wording differs.
 */
public final class SecondFactorNeeded extends BadCredentialsException {

    private final boolean enrolled;

    SecondFactorNeeded(boolean enrolled) {
        super(enrolled ? "second factor code missing or wrong" : "second factor not set up");
        this.enrolled = enrolled;
    }

    /** What the API says: how to give the code, or where to set one up first. */
    public String advice() {
        return enrolled
                ? "Send the current code of your authenticator app in the " + ApiSignInDetails.TOTP_HEADER + " header."
                : "Your account needs two-factor sign-in: sign in once on the web sign-in page to set it up.";
    }
}
