package uk.tidemark.app.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The hash chain: {@code hash = SHA-256(prev_hash || canonical bytes of the entry)}, where {@code prev_hash} is
 * the previous entry's hash as 32 raw bytes (32 zero bytes before the first entry) and the canonical bytes are the
 * UTF-8 of {@link CanonicalJson} over the entry's fields (everything but the two hashes). Any change to a stored
 * entry changes its hash; any deletion or reordering breaks the link to the previous hash.
 */
public final class AuditChain {

    /** The "previous hash" of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    /** The entry time in the canonical form: UTC, always three fractional digits. */
    static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private static final HexFormat HEX = HexFormat.of();

    private AuditChain() {
    }

    /** The canonical bytes of an entry: its fields but not its hashes. */
    public static byte[] canonical(AuditEntry e) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("actor", e.actor());
        fields.put("at", AT.format(e.at()));
        fields.put("caseId", e.caseId());
        fields.put("caseType", e.caseType());
        fields.put("details", e.details());
        fields.put("eventId", e.eventId());
        fields.put("kind", e.kind());
        fields.put("position", e.position());
        fields.put("settingId", e.settingId());
        fields.put("what", e.what());
        return CanonicalJson.write(fields).getBytes(StandardCharsets.UTF_8);
    }

    /** The hash of an entry that follows {@code prevHash} (64 hex digits). */
    public static String hash(String prevHash, AuditEntry e) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(HEX.parseHex(prevHash));
            sha.update(canonical(e));
            return HEX.formatHex(sha.digest());
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java runtime has SHA-256", impossible);
        }
    }

    /** Millisecond precision: what the database keeps, so that the stored entry hashes as it was hashed. */
    static Instant truncate(Instant at) {
        return Instant.ofEpochMilli(at.toEpochMilli());
    }
}
