package uk.tidemark.app.evidence;

/**
 * A kept file, opened: what was said of the original, who uploaded it (username), and its bytes exactly as they were
 * uploaded.
 */
public record StoredFile(String fileName, String contentType, long size, String sha256, String addedBy,
                         byte[] content) {
}
