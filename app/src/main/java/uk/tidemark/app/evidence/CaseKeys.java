package uk.tidemark.app.evidence;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import uk.tidemark.app.crypto.AesGcm;
import uk.tidemark.app.crypto.KeyFile;

import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.Optional;

/**
 * The data key of each case (table {@code tidemark_case_key}), made when its first file is kept. Each is stored sealed
 * under the master key, which lives outside the database ({@code tidemark.evidence.key} or {@code evidence-key} in the
 * data directory), with the case id as associated data. Keys are read from the table each time, never cached, so that
 * a destroyed key (the retention and erasure work to come) opens nothing from that moment, on every instance.
 */
@Component
class CaseKeys {

    private static final Logger log = LoggerFactory.getLogger(CaseKeys.class);

    private final SecretKeySpec master;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;

    CaseKeys(EvidenceProperties properties, @Value("${tidemark.data-dir-absolute}") String dataDir, JdbcTemplate jdbc,
             PlatformTransactionManager transactions) {
        KeyFile.Loaded loaded = KeyFile.load(properties.key(), "tidemark.evidence.key",
                Path.of(dataDir).resolve("evidence-key"));
        if (loaded.made()) {
            log.info("Created the key that seals the evidence files' case keys, in the data directory (evidence-key)");
        }
        this.master = AesGcm.key(loaded.raw());
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The case's key, made now if it has none (in a transaction of its own: a key without a file is harmless). */
    SecretKeySpec forKeeping(String caseId) {
        return of(caseId).orElseGet(() -> {
            try {
                byte[] fresh = AesGcm.newKey();
                ownTransaction.executeWithoutResult(status -> jdbc.update(
                        "INSERT INTO tidemark_case_key (case_id, sealed_key, made_at_ms) VALUES (?, ?, ?)",
                        caseId, AesGcm.seal(master, associated(caseId), fresh), System.currentTimeMillis()));
                return AesGcm.key(fresh);
            } catch (DuplicateKeyException madeByAnotherUpload) {
                return of(caseId).orElseThrow();
            }
        });
    }

    /** The case's key; empty when it never had one (or it was destroyed). */
    Optional<SecretKeySpec> of(String caseId) {
        List<byte[]> sealed = jdbc.query("SELECT sealed_key FROM tidemark_case_key WHERE case_id = ?",
                (rs, row) -> rs.getBytes(1), caseId);
        if (sealed.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(AesGcm.key(AesGcm.open(master, associated(caseId), sealed.get(0))));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A case's key does not open under the configured tidemark.evidence.key "
                    + "(the key of another installation, or a changed key)", e);
        }
    }

    private static byte[] associated(String caseId) {
        return ("case-key/" + caseId).getBytes(StandardCharsets.UTF_8);
    }
}
