package uk.tidemark.app.web.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The {@code Idempotency-Key} request header of the IETF httpapi working group's draft
 * (draft-ietf-httpapi-idempotency-key-header): a Structured Field string,
 * {@code "8e03978e-40d5-43e8-bc93-6894a57f9324"}.
 * The unquoted form that many clients send is taken too. A key is 1 to {@value #MAX_LENGTH} printable ASCII
 * characters; a UUID is what clients are advised to use.
 */
public final class IdempotencyKeyHeader {

    public static final String NAME = "Idempotency-Key";
    public static final int MAX_LENGTH = 255;
    public static final String INVALID = "must be 1 to " + MAX_LENGTH + " printable ASCII characters, "
            + "for example a UUID in double quotes.";

    private IdempotencyKeyHeader() {
    }

    /** The key the header value carries, or empty when it is not a valid one. */
    public static Optional<String> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.strip();
        String key;
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
            StringBuilder unquoted = new StringBuilder();
            for (int i = 1; i < v.length() - 1; i++) {
                char c = v.charAt(i);
                if (c == '\\') {
                    if (i + 1 >= v.length() - 1 || (v.charAt(i + 1) != '"' && v.charAt(i + 1) != '\\')) {
                        return Optional.empty();
                    }
                    c = v.charAt(++i);
                } else if (c == '"') {
                    return Optional.empty();
                }
                unquoted.append(c);
            }
            key = unquoted.toString();
        } else {
            key = v;
            if (key.indexOf('"') >= 0) {
                return Optional.empty();
            }
        }
        if (key.isEmpty() || key.length() > MAX_LENGTH || key.isBlank()) {
            return Optional.empty();
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c < 0x20 || c > 0x7E) {
                return Optional.empty();
            }
        }
        return Optional.of(key);
    }

    /** SHA-256 of the parts, in hex: what tells a repeat of a request from another request under the same key. */
    public static String fingerprint(String head, byte[] body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(head.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) '\n');
            sha.update(body);
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
