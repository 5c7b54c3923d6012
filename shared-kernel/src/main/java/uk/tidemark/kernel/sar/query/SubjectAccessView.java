package uk.tidemark.kernel.sar.query;

import uk.tidemark.kernel.sar.Exemption;
import uk.tidemark.kernel.sar.SubjectAccessState;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A subject access request as its safeguarding leads see it. {@code redactions} are the marks in force (entry key
 * and passage; a null passage is the entry's whole text); {@code version} the sequence number of the last event
 * applied (If-Match).
 */
public record SubjectAccessView(String id, String settingId, String personId, String personName,
                                LocalDate receivedOn, String requester, String receivedBy, Instant receivedAt,
                                LocalDate dueOn, SubjectAccessState state, String extensionReason,
                                List<Redaction> redactions, String pdfSha256, String jsonSha256, Integer records,
                                Exemption ground, String groundNote, String answeredBy, Instant answeredAt,
                                long version) {

    /** A passage marked for redaction. */
    public record Redaction(String entryKey, String passage) {
    }
}
