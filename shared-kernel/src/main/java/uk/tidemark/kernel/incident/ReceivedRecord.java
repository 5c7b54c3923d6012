package uk.tidemark.kernel.incident;

import uk.tidemark.kernel.Personal;

import java.time.Instant;
import java.util.List;

/**
 * Where an imported case came from (decision 0057): the case bundle another Tidemark installation exported, as its
 * signed manifest and {@code case.json} gave it. {@code fromSetting} and {@code fromReference} are the sending
 * setting's name and its case reference; {@code keyId} is the SHA-256 of the public key that signed the manifest,
 * {@code manifestSha256} and {@code bundleSha256} the hashes of the manifest and of the ZIP as received;
 * {@code exportedAt} and {@code exportedBy} (a name) when and by whom it was exported. {@code lines} is the sending
 * case's chronology, kept as it was sent.
 */
public record ReceivedRecord(String fromSetting, String fromReference, String fromCaseId, String keyId,
                             String manifestSha256, String bundleSha256, Instant exportedAt,
                             @Personal String exportedBy, List<Line> lines) {

    /**
     * One line of the sending case's chronology: its sequence there, when, its type ({@code WARNING_ISSUED}), who
     * (a name, as the sending installation wrote it) and its sentence.
     */
    public record Line(long sequence, Instant at, String type, @Personal String by, @Personal String what) {
    }
}
