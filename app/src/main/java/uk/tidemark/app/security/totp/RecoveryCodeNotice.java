package uk.tidemark.app.security.totp;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * What the recovery-code pages show once, kept in the session from the request that made it to the page that
 * shows it (and removed there): a new set of codes, or how many are left after one signed the user in; and where
 * the page's "Continue" goes (where the sign-in was going). The codes exist nowhere else: not in the database (only
 * their hashes), not in a log.
 *
 * @param codes a new set as shown, or null
 * @param left  after a sign-in with a recovery code, how many are left; otherwise null
 * @param setUp whether the new set came with two-factor sign-in just set up
 */
public record RecoveryCodeNotice(List<String> codes, Integer left, String onward, boolean setUp) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final String ATTRIBUTE = RecoveryCodeNotice.class.getName();

    public RecoveryCodeNotice {
        codes = codes == null ? null : List.copyOf(codes);
    }

    public static RecoveryCodeNotice setUp(List<String> codes, String onward) {
        return new RecoveryCodeNotice(codes, null, onward, true);
    }

    public static RecoveryCodeNotice replaced(List<String> codes, String onward) {
        return new RecoveryCodeNotice(codes, null, onward, false);
    }

    public static RecoveryCodeNotice used(int left, String onward) {
        return new RecoveryCodeNotice(null, left, onward, false);
    }

    @Override
    public String toString() {
        return "RecoveryCodeNotice"; // never the codes
    }
}
