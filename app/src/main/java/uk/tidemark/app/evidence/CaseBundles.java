package uk.tidemark.app.evidence;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.tidemark.app.crypto.AesGcm;
import uk.tidemark.app.crypto.BundleSigningKey;
import uk.tidemark.app.crypto.DataKeys;
import uk.tidemark.kernel.RefusedCommandException;

import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The verifiable copies of cases (decision 0054, table {@code tidemark_case_bundle}), kept byte for byte as exported
 * and sealed under the case's data key (as {@link SubjectAccessBundles}), so that a download is exactly what was
 * exported and its SHA-256 the one the audit trail holds. A bundle is kept in one transaction with the command that
 * records its export: a refused export keeps nothing. Also the installation's signature and audit position, which a
 * manifest carries, and the look in the audit trail that tells a bundle made here.
 */
@Component
public class CaseBundles {

    static final String ERASED = "The case's personal content was erased: no copy of it can be exported.";

    /** A bundle as kept: its ZIP's hash and size, its manifest, when it was exported. */
    public record Kept(String bundleId, String sha256, long size, String manifestSha256, byte[] manifest,
                       long exportedAtMs) {
    }

    /** The audit chain's head: the last entry's position and hash. */
    public record Head(long position, String hash) {
    }

    private final DataKeys keys;
    private final BundleSigningKey signing;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final EventStore events;

    CaseBundles(DataKeys keys, BundleSigningKey signing, JdbcTemplate jdbc, PlatformTransactionManager transactions,
                EventStore events) {
        this.keys = keys;
        this.signing = signing;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.events = events;
    }

    /** @throws RefusedCommandException when the case's content was erased: nothing is made for it */
    public void requireLive(String caseId) {
        if (keys.of(caseId) instanceof DataKeys.Destroyed) {
            throw new RefusedCommandException(ERASED);
        }
    }

    public byte[] sign(byte[] bytes) {
        return signing.sign(bytes);
    }

    public String publicKey() {
        return signing.publicKey();
    }

    /** Where the audit chain stands now. */
    public Head auditHead() {
        Map<String, Object> head = jdbc.queryForMap("SELECT last_pos, last_hash FROM tidemark_audit_head WHERE id = 1");
        return new Head(((Number) head.get("last_pos")).longValue(), ((String) head.get("last_hash")).trim());
    }

    /** Whether this installation's audit trail holds the export of a bundle with this manifest. */
    public boolean exportAudited(String manifestSha256) {
        if (manifestSha256 == null || !manifestSha256.matches("[0-9a-f]{64}")) {
            return false;
        }
        Integer found = jdbc.query("SELECT 1 FROM tidemark_audit_entry WHERE what = 'CaseBundleExported' "
                + "AND details LIKE ?", rs -> rs.next() ? 1 : 0, "%\"manifestSha256\":\"" + manifestSha256 + "\"%");
        return found != null && found == 1;
    }

    /** Keeps the bundle and runs {@code record} (the export command) in one transaction, or neither. */
    public void keep(String caseId, String bundleId, byte[] zip, byte[] manifest, long exportedAtMs, Runnable record) {
        if (!(keys.forSealing(caseId) instanceof DataKeys.Live live)) {
            throw new RefusedCommandException(ERASED);
        }
        SecretKeySpec key = live.key();
        transaction.executeWithoutResult(status -> {
            jdbc.update("INSERT INTO tidemark_case_bundle (bundle_id, case_id, size_bytes, sha256, manifest_sha256, "
                            + "content, manifest, exported_at_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", bundleId, caseId,
                    (long) zip.length, EvidenceFiles.sha256(zip), EvidenceFiles.sha256(manifest),
                    AesGcm.seal(key, associated(caseId, bundleId), zip),
                    AesGcm.seal(key, associated(caseId, bundleId + "/manifest"), manifest), exportedAtMs);
            record.run();
        });
        events.publish(List.of()); // as an evidence upload: hand the committed event to the read models at once
    }

    /** The bundle's ZIP as exported; empty when the case has no such bundle (or its key was destroyed). */
    public Optional<byte[]> open(String caseId, String bundleId) {
        Optional<SecretKeySpec> key = live(caseId);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.query("SELECT content FROM tidemark_case_bundle WHERE bundle_id = ? AND case_id = ?",
                (rs, row) -> open(key.get(), associated(caseId, bundleId), rs.getBytes(1)), bundleId, caseId)
                .stream().findFirst();
    }

    /** The case's bundles, the latest first; none once its key was destroyed. */
    public List<Kept> of(String caseId) {
        Optional<SecretKeySpec> key = live(caseId);
        if (key.isEmpty()) {
            return List.of();
        }
        return jdbc.query("SELECT bundle_id, sha256, size_bytes, manifest_sha256, manifest, exported_at_ms FROM "
                + "tidemark_case_bundle WHERE case_id = ? ORDER BY exported_at_ms DESC", (rs, row) -> new Kept(
                rs.getString(1), rs.getString(2).trim(), rs.getLong(3), rs.getString(4).trim(),
                open(key.get(), associated(caseId, rs.getString(1) + "/manifest"), rs.getBytes(5)), rs.getLong(6)),
                caseId);
    }

    private Optional<SecretKeySpec> live(String caseId) {
        return keys.of(caseId) instanceof DataKeys.Live live ? Optional.of(live.key()) : Optional.empty();
    }

    private static byte[] open(SecretKeySpec key, byte[] associated, byte[] sealed) {
        try {
            return AesGcm.open(key, associated, sealed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A case bundle does not open under its case's key", e);
        }
    }

    private static byte[] associated(String caseId, String part) {
        return ("bundle/" + caseId + "/" + part).getBytes(StandardCharsets.UTF_8);
    }
}
