package uk.tidemark.app.security;

import org.springframework.security.authentication.BadCredentialsException;

/**
 * The password was right but the API sign-in lacks a current TOTP code (or the account has not set one up
 * yet). A kind of bad credentials, so it is handled and counted as one; only the problem's wording differs.
 */
public final class SecondFactorNeeded extends BadCredentialsException {

    private final boolean enrolled;
    private final boolean recoveryCode;

    SecondFactorNeeded(boolean enrolled) {
        this(enrolled, false);
    }

    private SecondFactorNeeded(boolean enrolled, boolean recoveryCode) {
        super(recoveryCode ? "recovery code on the API" : enrolled ? "second factor code missing or wrong"
                : "second factor not set up");
        this.enrolled = enrolled;
        this.recoveryCode = recoveryCode;
    }

    /** A recovery code in the API's code header: not taken there, and not checked (decision 0031). */
    static SecondFactorNeeded recoveryCodeOnTheApi() {
        return new SecondFactorNeeded(true, true);
    }

    /** What the API says: how to give the code, or where to set one up first. */
    public String advice() {
        if (recoveryCode) {
            return "A recovery code signs in on the web sign-in page only. Send the current code of your "
                    + "authenticator app in the " + ApiSignInDetails.TOTP_HEADER + " header.";
        }
        return enrolled
                ? "Send the current code of your authenticator app in the " + ApiSignInDetails.TOTP_HEADER + " header."
                : "Your account needs two-factor sign-in: sign in once on the web sign-in page to set it up.";
    }
}
