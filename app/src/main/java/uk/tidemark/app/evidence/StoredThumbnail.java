package uk.tidemark.app.evidence;

/** A kept file's thumbnail, opened (a PNG), with who uploaded the file (username), which decides who may see it. */
public record StoredThumbnail(String addedBy, byte[] png) {
}
