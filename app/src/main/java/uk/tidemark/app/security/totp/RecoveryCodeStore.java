package uk.tidemark.app.security.totp;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import uk.tidemark.app.audit.AccountAudit;

import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;

/**
 * The recovery codes of local accounts ({@code tidemark_recovery_code}, decision 0031): ten per account, each kept
 * only as a BCrypt hash (the password encoder), each signing in once. A code is used by a compare-and-set in the
 * database ({@code ... WHERE used_at_ms IS NULL}), so of two sign-ins with the same code, on one instance or two,
 * exactly one gets it; the use and its audit entry commit together or not at all.
 */
@Repository
public class RecoveryCodeStore {

    private record Unused(int slot, String hash) {
    }

    private final JdbcTemplate jdbc;
    private final PasswordEncoder encoder;
    private final AccountAudit audit;
    private final TransactionTemplate transaction;

    RecoveryCodeStore(JdbcTemplate jdbc, PasswordEncoder encoder, AccountAudit audit,
                      PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * A new set in place of the account's codes (used or not), audited; the codes as they are shown, which exist
     * nowhere else once this answer is gone. Fail closed: if the entry cannot be written the old codes stay.
     *
     * @param reason {@code SET_UP} or {@code REPLACED}, for the audit trail
     */
    @Transactional
    public List<String> replace(String username, String reason, Instant now) {
        List<String> codes = RecoveryCodes.newSet();
        jdbc.update("DELETE FROM tidemark_recovery_code WHERE username = ?", username);
        int slot = 0;
        for (String code : codes) {
            jdbc.update("INSERT INTO tidemark_recovery_code (username, slot, code_hash, made_at_ms) VALUES (?, ?, ?, ?)",
                    username, ++slot, encoder.encode(RecoveryCodes.normalised(code)), now.toEpochMilli());
        }
        audit.recoveryCodesMade(username, reason, codes.size());
        return codes;
    }

    /**
     * Uses {@code typed} if it is one of the account's unused codes: how many are left then, or empty when it is not
     * (wrong, used already, or used a moment ago by another sign-in).
     */
    public OptionalInt use(String username, String typed, Instant now) {
        String code = RecoveryCodes.normalised(typed);
        if (code == null) {
            return OptionalInt.empty();
        }
        List<Unused> unused = jdbc.query("SELECT slot, code_hash FROM tidemark_recovery_code WHERE username = ? "
                + "AND used_at_ms IS NULL ORDER BY slot", (rs, i) -> new Unused(rs.getInt(1), rs.getString(2)), username);
        for (Unused candidate : unused) {
            if (encoder.matches(code, candidate.hash())) {
                Integer left = transaction.execute(status -> claim(username, candidate.slot(), now));
                return left == null ? OptionalInt.empty() : OptionalInt.of(left);
            }
        }
        return OptionalInt.empty();
    }

    /** The compare-and-set: null if another sign-in used the code first. */
    private Integer claim(String username, int slot, Instant now) {
        // a second sign-in with the same code waits here for the first one's commit, then finds it used
        if (jdbc.update("UPDATE tidemark_recovery_code SET used_at_ms = ? WHERE username = ? AND slot = ? "
                + "AND used_at_ms IS NULL", now.toEpochMilli(), username, slot) != 1) {
            return null;
        }
        int left = left(username);
        audit.recoveryCodeUsed(username, left);
        return left;
    }

    /** How many of the account's codes are unused. */
    public int left(String username) {
        Integer left = jdbc.queryForObject("SELECT COUNT(*) FROM tidemark_recovery_code WHERE username = ? "
                + "AND used_at_ms IS NULL", Integer.class, username);
        return left == null ? 0 : left;
    }

    /** Whether the account was ever given a set (all of it may be used). */
    public boolean made(String username) {
        Integer all = jdbc.queryForObject("SELECT COUNT(*) FROM tidemark_recovery_code WHERE username = ?",
                Integer.class, username);
        return all != null && all > 0;
    }

    /** Forgets the account's codes, used or not (a reset second factor); how many there were. */
    @Transactional
    public int remove(String username) {
        return jdbc.update("DELETE FROM tidemark_recovery_code WHERE username = ?", username);
    }
}
