package uk.tidemark.app.audit;

import java.time.Instant;

/**
 * One entry of the audit trail as stored, every field as its column holds it (the kind and case type as text,
 * so that the verifier reads a tampered row as it is). {@code details} is canonical JSON of ids, types and status
 * codes, never case content.
 */
public record AuditEntry(long position, Instant at, String kind, String actor, String caseType, String caseId,
                         String settingId, String what, String details, String eventId, String prevHash,
                         String hash) {
}
