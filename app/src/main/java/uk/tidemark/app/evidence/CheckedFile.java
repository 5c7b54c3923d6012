package uk.tidemark.app.evidence;

/**
 * An uploaded file that passed the checks: its name as the uploader's device gave it (path and control characters
 * removed), its type as told from its bytes, its size and SHA-256, the bytes themselves, and its thumbnail (null when it
 * is not an image Tidemark can draw).
 */
public record CheckedFile(String fileName, String contentType, long size, String sha256, byte[] bytes,
                          byte[] thumbnail) {
}
