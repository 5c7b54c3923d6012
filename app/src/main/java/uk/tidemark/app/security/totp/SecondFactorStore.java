package uk.tidemark.app.security.totp;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import uk.tidemark.app.account.AccountChange;
import uk.tidemark.app.account.AccountVersions;

import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The confirmed TOTP secrets of local accounts ({@code tidemark_totp}, encrypted by {@link SecretCipher}), and
 * the last step each account used: RFC 6238 forbids accepting the same code twice, so a code is accepted only
 * for a step later than the last one accepted, and the compare-and-set in the database holds that across
 * instances. The account's recovery codes are {@link RecoveryCodeStore}'s, made with the secret and forgotten with it.
 */
@Repository
public class SecondFactorStore {

    private static final Logger log = LoggerFactory.getLogger(SecondFactorStore.class);

    private final JdbcTemplate jdbc;
    private final SecretCipher cipher;
    private final AccountVersions versions;
    private final RecoveryCodeStore recoveryCodes;

    SecondFactorStore(JdbcTemplate jdbc, SecretCipher cipher, AccountVersions versions,
                      RecoveryCodeStore recoveryCodes) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.versions = versions;
        this.recoveryCodes = recoveryCodes;
    }

    public boolean enrolled(String username) {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM tidemark_totp WHERE username = ?", Long.class, username);
        return count != null && count > 0;
    }

    /**
     * Keeps {@code secret} for the account if {@code code} is its current code: the enrolment's proof that the
     * app holds the secret. The step of that code counts as used.
     */
    @Transactional
    public boolean enrol(String username, byte[] secret, String code, Instant now) {
        OptionalLong step = Totp.matchingStep(secret, code, now);
        if (step.isEmpty()) {
            return false;
        }
        jdbc.update("DELETE FROM tidemark_totp WHERE username = ?", username);
        jdbc.update("INSERT INTO tidemark_totp (username, secret, confirmed_at_ms, last_step) VALUES (?, ?, ?, ?)",
                username, cipher.encrypt(username, secret), now.toEpochMilli(), step.getAsLong());
        return true;
    }

    /**
     * The set-up's confirmation: keeps the secret as {@link #enrol} does and gives the account its first set of
     * recovery codes, in one transaction (decision 0031). The codes as shown, or empty when the code was not right.
     */
    @Transactional
    public Optional<List<String>> setUp(String username, byte[] secret, String code, Instant now) {
        if (!enrol(username, secret, code, now)) {
            return Optional.empty();
        }
        return Optional.of(recoveryCodes.replace(username, "SET_UP", now));
    }

    /** Whether {@code code} is a current code of the enrolled account that was not used before; uses it. */
    public boolean verify(String username, String code, Instant now) {
        List<String> stored = jdbc.queryForList("SELECT secret FROM tidemark_totp WHERE username = ?", String.class,
                username);
        if (stored.isEmpty()) {
            return false;
        }
        byte[] secret;
        try {
            secret = cipher.decrypt(username, stored.get(0));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            log.error("A stored two-factor secret cannot be decrypted: is tidemark.security.totp.key the key it was "
                    + "stored under? The account's second factor must be reset.");
            return false;
        }
        OptionalLong step = Totp.matchingStep(secret, code, now);
        return step.isPresent() && jdbc.update("UPDATE tidemark_totp SET last_step = ? WHERE username = ? AND last_step < ?",
                step.getAsLong(), username, step.getAsLong()) == 1;
    }

    /**
     * Forgets the account's secret (a lost phone) and its recovery codes: the next sign-in enrols again, with new
     * codes, and the account's sessions end (decision 0024: whoever holds the phone may hold a session too). False
     * when it had neither.
     */
    @Transactional
    public boolean reset(String username) {
        boolean had = jdbc.update("DELETE FROM tidemark_totp WHERE username = ?", username) > 0
                | recoveryCodes.remove(username) > 0;
        if (had) {
            versions.changed(username, AccountChange.SECOND_FACTOR_RESET);
        }
        return had;
    }
}
