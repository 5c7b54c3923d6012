package uk.tidemark.app.account;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;

/**
 * The version of each account ({@code tidemark_user.account_version}), the one thing every signed-in session is
 * checked against (decision 0024). A session keeps the version its account had when it signed in
 * ({@link uk.tidemark.app.account.TidemarkUser#accountVersion()}); {@code EndSessionsOfChangedAccounts} ends it at
 * its next request once the stored version differs. The store is the relational one every instance shares, so a
 * change made through one instance ends the sessions held by all of them.
 *
 * <p><b>Whatever changes an account's enabled flag, roles, settings, trust-wide flag, password or second factor
 * calls {@link #changed} in the same transaction as the change</b>: the change and the end of the old sessions then
 * commit together or not at all.
 */
@Repository
public class AccountVersions {

    /** What a session compares: the version, and why it last changed. */
    public record Version(long number, AccountChange lastChange) {
    }

    private final JdbcTemplate jdbc;

    public AccountVersions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Ends every signed-in session of the account, on every instance, from their next request. Must run inside
     * the transaction that makes the change (it refuses to run outside one); answers false when there is no such
     * account.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean changed(String username, AccountChange why) {
        return jdbc.update("UPDATE tidemark_user SET account_version = account_version + 1, account_change = ? "
                + "WHERE username = ?", why.name(), username) > 0;
    }

    /**
     * The account's version now: one read of one row by its primary key, on every request of a signed-in
     * session (the hot path, decision 0024). Empty when the account no longer exists.
     */
    public Optional<Version> current(String username) {
        return jdbc.query("SELECT account_version, account_change FROM tidemark_user WHERE username = ?",
                (rs, i) -> new Version(rs.getLong(1), AccountChange.ofStored(rs.getString(2))), username)
                .stream().findFirst();
    }
}
