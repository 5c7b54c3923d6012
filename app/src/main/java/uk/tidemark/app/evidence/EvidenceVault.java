package uk.tidemark.app.evidence;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import uk.tidemark.app.crypto.AesGcm;
import uk.tidemark.app.crypto.DataKeys;

import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.Optional;

/**
 * The sealed files ({@code tidemark_evidence_file}): each file's bytes and thumbnail sealed under its case's key, with
 * the case and evidence ids as associated data, beside what is said of the original (name, type, size, SHA-256).
 */
@Repository
class EvidenceVault {

    private final JdbcTemplate jdbc;
    private final DataKeys keys;

    EvidenceVault(JdbcTemplate jdbc, DataKeys keys) {
        this.jdbc = jdbc;
        this.keys = keys;
    }

    /** Writes the file in the caller's transaction. */
    void put(String caseId, String evidenceId, String addedBy, CheckedFile file, SecretKeySpec key) {
        byte[] thumbnail = file.thumbnail() == null ? null
                : seal(key, caseId, evidenceId + "/thumbnail", file.thumbnail());
        jdbc.update("INSERT INTO tidemark_evidence_file (evidence_id, case_id, file_name, content_type, size_bytes,"
                        + " sha256, added_by, content, thumbnail, stored_at_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                evidenceId, caseId, file.fileName(), file.contentType(), file.size(), file.sha256(), addedBy,
                seal(key, caseId, evidenceId, file.bytes()), thumbnail, System.currentTimeMillis());
    }

    Optional<StoredFile> open(String caseId, String evidenceId) {
        List<StoredFile> rows = jdbc.query("SELECT file_name, content_type, size_bytes, sha256, added_by, content"
                        + " FROM tidemark_evidence_file WHERE evidence_id = ? AND case_id = ?",
                (rs, row) -> new StoredFile(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                        rs.getString(5), rs.getBytes(6)), evidenceId, caseId);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        StoredFile sealed = rows.get(0);
        return live(caseId).map(key -> new StoredFile(sealed.fileName(), sealed.contentType(), sealed.size(),
                sealed.sha256(), sealed.addedBy(), open(key, caseId, evidenceId, sealed.content())));
    }

    /** The thumbnail and its file's uploader, from one read of the row; empty when the file has no thumbnail. */
    Optional<StoredThumbnail> thumbnail(String caseId, String evidenceId) {
        record Sealed(String addedBy, byte[] thumbnail) {
        }
        List<Sealed> rows = jdbc.query("SELECT added_by, thumbnail FROM tidemark_evidence_file"
                        + " WHERE evidence_id = ? AND case_id = ? AND thumbnail IS NOT NULL",
                (rs, row) -> new Sealed(rs.getString(1), rs.getBytes(2)), evidenceId, caseId);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Sealed sealed = rows.get(0);
        return live(caseId).map(key -> new StoredThumbnail(sealed.addedBy(),
                open(key, caseId, evidenceId + "/thumbnail", sealed.thumbnail())));
    }

    /** The case's key while it lives; empty once destroyed (its files went with it) or when it never had one. */
    private Optional<SecretKeySpec> live(String caseId) {
        return keys.of(caseId) instanceof DataKeys.Live live ? Optional.of(live.key()) : Optional.empty();
    }

    private static byte[] seal(SecretKeySpec key, String caseId, String part, byte[] plain) {
        return AesGcm.seal(key, associated(caseId, part), plain);
    }

    private static byte[] open(SecretKeySpec key, String caseId, String part, byte[] sealed) {
        try {
            return AesGcm.open(key, associated(caseId, part), sealed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("An evidence file does not open under its case's key: it was changed "
                    + "in the database, or moved from another case", e);
        }
    }

    private static byte[] associated(String caseId, String part) {
        return ("evidence/" + caseId + "/" + part).getBytes(StandardCharsets.UTF_8);
    }
}
