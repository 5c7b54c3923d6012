package uk.tidemark.app.security.password;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which passwords Tidemark accepts (decision 0024), after the NCSC's guidance: length over complexity, and a block
 * list rather than composition rules. A password must be at least {@value #MIN_LENGTH} characters and at most
 * {@value #MAX_BYTES} bytes (BCrypt reads no further), not on the list of common passwords or an obvious variant of
 * one of its entries ({@link CommonPasswords}), must not contain the account's username or the user's name, and,
 * when it replaces one, must differ from the current password. No rule asks for digits, symbols or capitals: those
 * make passwords harder to remember, not harder to guess.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_BYTES = 72;
    /** Name parts shorter than this are not looked for inside a password ("jo" is in "enjoy"). */
    private static final int NAME_PART = 4;

    private final CommonPasswords common = CommonPasswords.load();
    private final PasswordEncoder encoder;

    public PasswordPolicy(PasswordEncoder encoder) {
        this.encoder = encoder;
    }

    /**
     * Why {@code candidate} cannot be the account's password, in words that follow the field's label ("New password
     * must be ..."), or empty when it can.
     *
     * @param currentHash the hash of the password it would replace; null when there is none to compare
     */
    public Optional<String> refusal(String candidate, String username, String displayName, String currentHash) {
        if (candidate == null || candidate.isEmpty()) {
            return Optional.of("is required.");
        }
        if (candidate.codePointCount(0, candidate.length()) < MIN_LENGTH) {
            return Optional.of("must be at least " + MIN_LENGTH + " characters long. Three or four random words "
                    + "make a long password that is easy to remember.");
        }
        if (candidate.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("must be at most " + MAX_BYTES + " characters long (fewer with accented letters or "
                    + "symbols, which count as two or more).");
        }
        if (containsName(candidate, username, displayName)) {
            return Optional.of("must not contain your username or your name.");
        }
        if (common.isCommon(candidate)) {
            return Optional.of("is too easy to guess: it is, or is close to, one of the passwords people use most "
                    + "often. Choose another, for example three or four random words.");
        }
        if (currentHash != null && encoder.matches(candidate, currentHash)) {
            return Optional.of("must be different from your current password.");
        }
        return Optional.empty();
    }

    int commonPasswords() {
        return common.size();
    }

    /**
     * The whole username and the whole name (without spaces) from 3 characters, and each part of them (split at
     * spaces, dots, hyphens and underscores) from {@value #NAME_PART}, compared ignoring case.
     */
    private static boolean containsName(String candidate, String username, String displayName) {
        String password = squeezed(candidate);
        List<String> names = new ArrayList<>();
        for (String name : new String[]{username, displayName}) {
            if (name == null || name.isBlank()) {
                continue;
            }
            String whole = squeezed(name);
            if (whole.length() >= 3) {
                names.add(whole);
            }
            for (String part : name.toLowerCase(Locale.ROOT).split("[\\s._\\-']+")) {
                if (part.length() >= NAME_PART) {
                    names.add(part);
                }
            }
        }
        return names.stream().anyMatch(password::contains);
    }

    private static String squeezed(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[\\s._\\-']+", "");
    }
}
