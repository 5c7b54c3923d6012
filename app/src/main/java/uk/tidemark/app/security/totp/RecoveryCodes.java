package uk.tidemark.app.security.totp;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a recovery code looks like (decision 0031): ten characters of Crockford's base32 (digits and lower-case
 * letters without i, l, o and u, so nothing reads as something else), 50 random bits, shown as two groups of five,
 * {@code 7kq2m-x9d4p}. Typed back, spaces, hyphens and case do not matter, and the letters people read for digits
 * ({@code o} for 0, {@code i} and {@code l} for 1) are read as those digits. A six-digit authenticator code is never
 * of this shape, so one field could take either.
 */
public final class RecoveryCodes {

    /** How many a set holds. */
    public static final int PER_SET = 10;
    static final int LENGTH = 10;
    private static final String ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";
    private static final SecureRandom RANDOM = new SecureRandom();

    private RecoveryCodes() {
    }

    /** A new set, each code as it is shown (with its hyphen). */
    static List<String> newSet() {
        List<String> codes = new ArrayList<>(PER_SET);
        while (codes.size() < PER_SET) {
            StringBuilder code = new StringBuilder(LENGTH + 1);
            for (int i = 0; i < LENGTH; i++) {
                if (i == LENGTH / 2) {
                    code.append('-');
                }
                code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            if (!codes.contains(code.toString())) {
                codes.add(code.toString());
            }
        }
        return codes;
    }

    /** The code as it is hashed: its ten characters, read as above; null unless it is of a recovery code's shape. */
    static String normalised(String typed) {
        if (typed == null) {
            return null;
        }
        String clean = typed.strip().replace(" ", "").replace("-", "").toLowerCase(Locale.ROOT)
                .replace('o', '0').replace('i', '1').replace('l', '1');
        if (clean.length() != LENGTH) {
            return null;
        }
        for (int i = 0; i < clean.length(); i++) {
            if (ALPHABET.indexOf(clean.charAt(i)) < 0) {
                return null;
            }
        }
        return clean;
    }

    /** Whether {@code typed} has a recovery code's shape (not whether it is one). */
    public static boolean looksLikeOne(String typed) {
        return normalised(typed) != null;
    }
}
