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
 * survive a restart and hold across instances. A failure made while the account is locked is not counted (the
 * lock is already the answer); a successful sign-in clears everything. Accounts that do not exist have no row
 * and so no state: a lock answers as a wrong password does, so there is nothing to learn from one either way.
 */
@Component
public class SignInLocks {

    private static final Logger log = LoggerFactory.getLogger(SignInLocks.class);

    private final JdbcTemplate jdbc;
    private final LockoutProperties properties;

    SignInLocks(JdbcTemplate jdbc, LockoutProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    public boolean locked(String username, Instant now) {
        List<Long> until = jdbc.queryForList("SELECT locked_until_ms FROM tidemark_user WHERE username = ?",
                Long.class, username);
        return !until.isEmpty() && until.get(0) != null && until.get(0) > now.toEpochMilli();
    }

    /** Counts a failed password or code; locks the account when that makes {@code max-failures}. */
    @Transactional
    public void failed(String username, Instant now) {
        long nowMs = now.toEpochMilli();
        int counted = jdbc.update("UPDATE tidemark_user SET failed_sign_ins = failed_sign_ins + 1 WHERE username = ?"
                + " AND (locked_until_ms IS NULL OR locked_until_ms <= ?)", username, nowMs);
        if (counted == 0) {
            return;
        }
        Map<String, Object> row = jdbc.queryForMap(
                "SELECT failed_sign_ins, sign_in_locks FROM tidemark_user WHERE username = ?", username);
        int failures = ((Number) row.get("failed_sign_ins")).intValue();
        int locks = ((Number) row.get("sign_in_locks")).intValue();
        if (failures < properties.maxFailures()) {
            return;
        }
        Duration lock = properties.lockNumber(locks + 1);
        // the condition makes this one lock even when two instances count the last failure at once
        int locked = jdbc.update("UPDATE tidemark_user SET failed_sign_ins = 0, sign_in_locks = sign_in_locks + 1,"
                        + " locked_until_ms = ? WHERE username = ? AND failed_sign_ins >= ?",
                nowMs + lock.toMillis(), username, properties.maxFailures());
        if (locked == 1) {
            // no username: the log must not say who is being attacked or who mistypes
            log.warn("A local account was locked for {} after {} failed sign-ins in a row (lock {} in a row)", lock,
                    failures, locks + 1);
        }
    }

    /** A complete sign-in: the failures and the back-off start again from nothing. */
    public void succeeded(String username) {
        jdbc.update("UPDATE tidemark_user SET failed_sign_ins = 0, sign_in_locks = 0, locked_until_ms = NULL"
                + " WHERE username = ? AND (failed_sign_ins > 0 OR sign_in_locks > 0 OR locked_until_ms IS NOT NULL)",
                username);
    }
}
