package uk.tidemark.app.evidence;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.tidemark.app.crypto.AesGcm;
import uk.tidemark.app.crypto.DataKeys;
import uk.tidemark.kernel.RefusedCommandException;

import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.Optional;

/**
 * The bundles released for subject access requests (decision 0053, table {@code tidemark_sar_bundle}), kept byte for
 * byte as released and sealed under the request's own data key (made in {@code tidemark_case_key} as a case's is), so
 * that a download is exactly what was released and its SHA-256 is the one the audit trail holds. A bundle is kept in
 * one transaction with the command that records its release: a refused release keeps nothing.
 */
@Component
public class SubjectAccessBundles {

    /** The two formats of a bundle. */
    public enum Format {
        PDF("application/pdf"), JSON("application/json");

        private final String contentType;

        Format(String contentType) {
            this.contentType = contentType;
        }

        public String contentType() {
            return contentType;
        }
    }

    /** A bundle's file as released. */
    public record Released(Format format, byte[] content, String sha256) {
    }

    static final String ALREADY_RELEASED = "This request has already been answered; nothing more can be changed.";

    private final DataKeys keys;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final EventStore events;

    SubjectAccessBundles(DataKeys keys, JdbcTemplate jdbc, PlatformTransactionManager transactions,
                         EventStore events) {
        this.keys = keys;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.events = events;
    }

    /** Keeps both files and runs {@code record} (the release command) in one transaction, or neither. */
    public void keep(String requestId, byte[] pdf, byte[] json, Runnable record) {
        if (!(keys.forSealing(requestId) instanceof DataKeys.Live live)) {
            throw new RefusedCommandException("This request's personal content was erased; nothing can be released.");
        }
        SecretKeySpec key = live.key();
        try {
            transaction.executeWithoutResult(status -> {
                put(requestId, Format.PDF, pdf, key);
                put(requestId, Format.JSON, json, key);
                record.run();
            });
        } catch (DuplicateKeyException releasedMeanwhile) { // two releases at once: the first one stands
            throw new RefusedCommandException(ALREADY_RELEASED);
        }
        events.publish(List.of()); // as an evidence upload: hand the committed event to the read models at once
    }

    private void put(String requestId, Format format, byte[] content, SecretKeySpec key) {
        jdbc.update("INSERT INTO tidemark_sar_bundle (request_id, format, content_type, size_bytes, sha256, content, "
                        + "stored_at_ms) VALUES (?, ?, ?, ?, ?, ?, ?)", requestId, format.name(), format.contentType(),
                (long) content.length, EvidenceFiles.sha256(content),
                AesGcm.seal(key, associated(requestId, format), content), System.currentTimeMillis());
    }

    /** The file as released; empty when none was released (or the request's key was destroyed). */
    public Optional<Released> open(String requestId, Format format) {
        Optional<SecretKeySpec> key = keys.of(requestId) instanceof DataKeys.Live live ? Optional.of(live.key())
                : Optional.empty();
        if (key.isEmpty()) {
            return Optional.empty();
        }
        List<Released> found = jdbc.query("SELECT content, sha256 FROM tidemark_sar_bundle WHERE request_id = ? "
                + "AND format = ?", (rs, row) -> {
            try {
                return new Released(format, AesGcm.open(key.get(), associated(requestId, format), rs.getBytes(1)),
                        rs.getString(2));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("A released bundle does not open under its request's key", e);
            }
        }, requestId, format.name());
        return found.stream().findFirst();
    }

    private static byte[] associated(String requestId, Format format) {
        return (requestId + "/" + format.name()).getBytes(StandardCharsets.UTF_8);
    }
}
