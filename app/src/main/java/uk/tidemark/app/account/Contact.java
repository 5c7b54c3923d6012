package uk.tidemark.app.account;

/** Whom to notify: an enabled account and its e-mail address (null when the account has none). */
public record Contact(String username, String email) {
}
