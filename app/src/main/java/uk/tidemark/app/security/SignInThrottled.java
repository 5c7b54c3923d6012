package uk.tidemark.app.security;

import org.springframework.security.authentication.BadCredentialsException;

import java.time.Duration;

/**
 * A sign-in refused because its client address has used up its failed sign-ins for now
 * ({@link uk.tidemark.app.security.lockout.AddressLimit}). It says nothing about the account: the same answer
 * whatever the username and password were. A kind of bad credentials, so that it is published and audited as one.
 */
public final class SignInThrottled extends BadCredentialsException {

    private final Duration retryAfter;

    SignInThrottled(Duration retryAfter) {
        super("too many failed sign-ins from this address");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** What the API says. */
    public String advice() {
        return "Too many failed sign-ins from your network. Try again in " + minutes() + ", or sign in with your "
                + "password and the current code of your authenticator app (" + ApiSignInDetails.TOTP_HEADER
                + ") if your account uses one.";
    }

    private String minutes() {
        long m = Math.max(1, (retryAfter.toSeconds() + 59) / 60);
        return m == 1 ? "a minute" : m + " minutes";
    }
}
