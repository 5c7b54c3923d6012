package uk.tidemark.app.evidence;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.tidemark.app.crypto.AesGcm;
import uk.tidemark.app.crypto.DataKeys;

import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The case bundles received from another Tidemark installation and imported as cases here (decision 0057, table
 * {@code tidemark_received_bundle}): each ZIP kept byte for byte as it arrived, sealed under the key of the case it
 * opened, so the import can be checked again; destroying that key makes it unreadable with the case. One bundle opens
 * one case: its manifest's SHA-256 is the table's key.
 */
@Component
public class ReceivedBundles {

    private final DataKeys keys;
    private final JdbcTemplate jdbc;

    ReceivedBundles(DataKeys keys, JdbcTemplate jdbc) {
        this.keys = keys;
        this.jdbc = jdbc;
    }

    /** The case a bundle with this manifest was imported as, if it was. */
    public Optional<String> caseOf(String manifestSha256) {
        return jdbc.query("SELECT case_id FROM tidemark_received_bundle WHERE manifest_sha256 = ?",
                (rs, row) -> rs.getString(1), manifestSha256).stream().findFirst();
    }

    /**
     * Keeps the ZIP of the case just opened, in the caller's transaction (the one that opened the case and made its
     * key).
     *
     * @throws org.springframework.dao.DuplicateKeyException when the bundle was imported already
     */
    public void keep(String caseId, String manifestSha256, byte[] zip) {
        if (!(keys.forSealing(caseId) instanceof DataKeys.Live live)) {
            throw new IllegalStateException("A case just opened has no data key");
        }
        SecretKeySpec key = live.key();
        jdbc.update("INSERT INTO tidemark_received_bundle (manifest_sha256, case_id, size_bytes, sha256, content, "
                        + "received_at_ms) VALUES (?, ?, ?, ?, ?, ?)", manifestSha256, caseId, (long) zip.length,
                EvidenceFiles.sha256(zip), AesGcm.seal(key, associated(caseId, manifestSha256), zip),
                System.currentTimeMillis());
    }

    private static byte[] associated(String caseId, String manifestSha256) {
        return ("received/" + caseId + "/" + manifestSha256).getBytes(StandardCharsets.UTF_8);
    }
}
