package uk.tidemark.app.account;

/** A school or centre of a trust. Every case belongs to one. */
public record Setting(String id, String trustId, String name) {
}
