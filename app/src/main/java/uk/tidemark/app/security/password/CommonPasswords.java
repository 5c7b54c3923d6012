package uk.tidemark.app.security.password;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The list of the commonest passwords shipped with Tidemark ({@code security/common-passwords.txt}: 30,000 entries,
 * where it comes from is in the file), and the obvious variants of its entries: a password is common when, once
 * lower-cased and with its spaces taken out, it is on the list, or is an entry with digits or symbols before or
 * after it ({@code Password1234!}), an entry with letters swapped for look-alike digits and symbols
 * ({@code P@55w0rd}), or an entry (or a few characters) said again ({@code qwertyqwerty}). Attackers' guessing tools
 * try exactly these first.
 */
final class CommonPasswords {

    static final String RESOURCE = "/security/common-passwords.txt";
    /** Words of this product that people put into its passwords. */
    private static final Set<String> PRODUCT_WORDS = Set.of("tidemark");
    /** What people run their fingers along. */
    private static final java.util.List<String> RUNS = java.util.List.of("abcdefghijklmnopqrstuvwxyz", "01234567890",
            "qwertyuiopasdfghjklzxcvbnm", "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p");

    private final Set<String> entries;

    private CommonPasswords(Set<String> entries) {
        this.entries = entries;
    }

    static CommonPasswords load() {
        Set<String> entries = new HashSet<>(40_000);
        try (InputStream in = CommonPasswords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The list of common passwords is missing from the build: " + RESOURCE);
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    entries.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        entries.addAll(PRODUCT_WORDS);
        return new CommonPasswords(Set.copyOf(entries));
    }

    int size() {
        return entries.size();
    }

    boolean isCommon(String password) {
        String lower = password.toLowerCase(Locale.ROOT);
        Set<String> forms = new LinkedHashSet<>();
        String squeezed = lower.replaceAll("\\s+", "");
        if (repeated(lower) || repeated(squeezed) || run(squeezed)) {
            return true;
        }
        for (String form : new String[]{lower, squeezed}) {
            forms.add(form);
            forms.add(unLeet(form));
            // digits and symbols around an entry: "password1234!", "2024summer"
            String core = form.replaceAll("^[^\\p{L}]+", "").replaceAll("[^\\p{L}]+$", "");
            forms.add(core);
            // ... and, around a few letters, what is not letters: "ab1234567890" is a common run of digits
            if (!core.isEmpty() && core.length() < 4) {
                int at = form.indexOf(core);
                forms.add(form.substring(0, at));
                forms.add(form.substring(at + core.length()));
            }
            // look-alikes inside, digits and symbols around: "p@ssw0rd-2024", "@dmin1234"
            forms.add(unLeet(form.replaceAll("^[^\\p{L}@$]+", "").replaceAll("[^\\p{L}@$]+$", "")));
        }
        for (String form : forms) {
            if (form.length() >= 4 && entries.contains(form)) {
                return true;
            }
        }
        return false;
    }

    /** One short run, or an entry of the list, said over and over: "abcabcabcabc", "qwertyqwerty". */
    private boolean repeated(String form) {
        for (int period = 1; period <= form.length() / 2; period++) {
            if (form.length() % period == 0 && form.equals(form.substring(0, period).repeat(form.length() / period))) {
                String unit = form.substring(0, period);
                return period <= 4 || entries.contains(unit);
            }
        }
        return false;
    }

    /** A run along the alphabet, the digits or a keyboard's rows, either way: "123456789012", "qwertyuiopasdf". */
    private static boolean run(String form) {
        if (form.length() < 2) {
            return false;
        }
        for (int i = 1; i < form.length(); i++) {
            String pair = form.substring(i - 1, i + 1);
            String reversed = new StringBuilder(pair).reverse().toString();
            if (RUNS.stream().noneMatch(r -> r.contains(pair) || r.contains(reversed))) {
                return false;
            }
        }
        return true;
    }

    private static String unLeet(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            out.append(switch (c) {
                case '0' -> 'o';
                case '1', '!' -> 'i';
                case '3' -> 'e';
                case '4', '@' -> 'a';
                case '5', '$' -> 's';
                case '7' -> 't';
                default -> c;
            });
        }
        return out.toString();
    }
}
