package uk.tidemark.kernel.incident;

import uk.tidemark.kernel.Personal;
/**
 * The file an item of evidence is, when Tidemark keeps it (uploaded): its name as the uploader's device gave it, its
 * size in bytes and its type as told from its bytes. The bytes themselves are never in an event: they are kept
 * encrypted in the relational store under the case's key, and the event's SHA-256 is theirs.
 */
public record EvidenceFile(@Personal String name, long size, String contentType) {
}
