package uk.tidemark.app.security.lockout;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Failed sign-ins and locks per local account, kept on the account's row in the relational store so that they
 * survive a restart and hold across instances. Two locks, one per {@link Factor}: wrong passwords, and wrong
 * second-factor codes given with the right password (what each lock refuses is {@code LocalSignIn}'s business,
 * decision 0025). A failure made while its lock is on is not counted (the lock is already the answer); a complete
 * sign-in clears both. Accounts that do not exist have no row and so no state: a lock answers as a wrong password
 * does, so there is nothing to learn from one either way.
 */
@Component
public class SignInLocks {

    /** What was wrong, and so which lock it counts towards. */
    public enum Factor {
        PASSWORD("failed_sign_ins", "sign_in_locks", "locked_until_ms"),
        CODE("failed_codes", "code_locks", "codes_locked_until_ms");

        private final String failures;
        private final String locks;
        private final String until;

        Factor(String failures, String locks, String until) {
            this.failures = failures;
            this.locks = locks;
            this.until = until;
        }
    }

    private static final Logger log = LoggerFactory.getLogger(SignInLocks.class);

    private final JdbcTemplate jdbc;
    private final LockoutProperties properties;

    SignInLocks(JdbcTemplate jdbc, LockoutProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    public boolean locked(Factor factor, String username, Instant now) {
        List<Long> until = jdbc.queryForList("SELECT " + factor.until + " FROM tidemark_user WHERE username = ?",
                Long.class, username);
        return !until.isEmpty() && until.get(0) != null && until.get(0) > now.toEpochMilli();
    }

    /** Counts a wrong password or code; locks that factor when that makes {@code max-failures}. */
    @Transactional
    public void failed(Factor factor, String username, Instant now) {
        long nowMs = now.toEpochMilli();
        int counted = jdbc.update("UPDATE tidemark_user SET " + factor.failures + " = " + factor.failures + " + 1"
                + " WHERE username = ? AND (" + factor.until + " IS NULL OR " + factor.until + " <= ?)",
                username, nowMs);
        if (counted == 0) {
            return;
        }
        Map<String, Object> row = jdbc.queryForMap("SELECT " + factor.failures + " AS failures, " + factor.locks
                + " AS locks FROM tidemark_user WHERE username = ?", username);
        int failures = ((Number) row.get("failures")).intValue();
        int locks = ((Number) row.get("locks")).intValue();
        if (failures < properties.maxFailures()) {
            return;
        }
        Duration lock = properties.lockNumber(locks + 1);
        // the condition makes this one lock even when two instances count the last failure at once
        int locked = jdbc.update("UPDATE tidemark_user SET " + factor.failures + " = 0, " + factor.locks + " = "
                        + factor.locks + " + 1, " + factor.until + " = ? WHERE username = ? AND " + factor.failures
                        + " >= ?",
                nowMs + lock.toMillis(), username, properties.maxFailures());
        if (locked == 1) {
            // no username: the log must not say who is being attacked or who mistypes
            log.warn("A local account's {} was locked for {} after {} failures in a row (lock {} in a row)",
                    factor == Factor.PASSWORD ? "password" : "second factor", lock, failures, locks + 1);
        }
    }

    /** A complete sign-in: the failures and the back-off of both factors start again from nothing. */
    public void succeeded(String username) {
        jdbc.update("UPDATE tidemark_user SET failed_sign_ins = 0, sign_in_locks = 0, locked_until_ms = NULL,"
                + " failed_codes = 0, code_locks = 0, codes_locked_until_ms = NULL WHERE username = ?"
                + " AND (failed_sign_ins > 0 OR sign_in_locks > 0 OR locked_until_ms IS NOT NULL"
                + " OR failed_codes > 0 OR code_locks > 0 OR codes_locked_until_ms IS NOT NULL)", username);
    }
}
