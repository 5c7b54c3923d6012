package uk.tidemark.app.security.totp;

import java.io.Serial;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * A form sign-in between its two steps, kept in the session: who gave the right password, when, and (while
 * setting up two-factor sign-in) the secret being offered. It is not a signed-in user: nothing but the code
 * page reads it.
 *
 * @param enrolmentSecret base32; null until an enrolment page was shown
 */
public record PendingSignIn(String username, long passwordAtMs, String enrolmentSecret) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final String ATTRIBUTE = PendingSignIn.class.getName();
    /** How long the code page waits for the code after the password. */
    static final Duration PATIENCE = Duration.ofMinutes(5);

    public boolean expired(Instant now) {
        return now.toEpochMilli() - passwordAtMs > PATIENCE.toMillis();
    }

    public PendingSignIn withSecret(String base32) {
        return new PendingSignIn(username, passwordAtMs, base32);
    }

    @Override
    public String toString() {
        return "PendingSignIn"; // neither the username nor the secret
    }
}
