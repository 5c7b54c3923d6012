package uk.tidemark.app.account;

/**
 * An administrator disabled the account {@code username}: published inside the transaction that disables it, for
 * listeners that act once it is committed (an official account's leaver, issue 18).
 */
public record UserDisabled(String username) {
}
