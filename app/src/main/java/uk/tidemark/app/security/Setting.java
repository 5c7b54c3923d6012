package uk.tidemark.app.security;

/** A school or centre of a trust. Every case belongs to one. */
public record Setting(String id, String trustId, String name) {
}
