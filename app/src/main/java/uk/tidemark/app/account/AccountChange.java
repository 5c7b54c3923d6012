package uk.tidemark.app.account;

import java.util.Arrays;
import java.util.Optional;

/**
 * Why an account's version changed, and so why its signed-in sessions ended: the audit entry's reason, and the
 * words the sign-in page and the API's 401 say to the person whose session it was.
 */
public enum AccountChange {
    ACCOUNT_DISABLED("disabled", "Your account has been disabled, so you were signed out. Ask your administrator "
            + "if you still need it."),
    ACCESS_CHANGED("access", "Your roles or settings have been changed, so you were signed out. Sign in again to "
            + "carry on with them."),
    PASSWORD_RESET("reset", "Your password has been reset by an administrator, so you were signed out. Sign in "
            + "with the new password they give you."),
    PASSWORD_CHANGED("password", "Your password has been changed, so you were signed out here. Sign in with the "
            + "new password."),
    SECOND_FACTOR_RESET("second-factor", "Your two-factor sign-in has been reset by an administrator, so you "
            + "were signed out. Sign in again to set it up."),
    /** No longer in the accounts table (not something Tidemark does today, but a session must not outlive it). */
    ACCOUNT_REMOVED("removed", "Your account no longer exists, so you were signed out.");

    private final String slug;
    private final String words;

    AccountChange(String slug, String words) {
        this.slug = slug;
        this.words = words;
    }

    /** The short name in the sign-in page's address ({@code /login?ended=disabled}): no personal data. */
    public String slug() {
        return slug;
    }

    /** What the person is told, in their words. */
    public String words() {
        return words;
    }

    public static Optional<AccountChange> ofSlug(String slug) {
        return Arrays.stream(values()).filter(c -> c.slug.equals(slug)).findFirst();
    }

    /** The stored reason; an unknown or missing one reads as a change of access (the widest). */
    static AccountChange ofStored(String name) {
        return Arrays.stream(values()).filter(c -> c.name().equals(name)).findFirst().orElse(ACCESS_CHANGED);
    }
}
