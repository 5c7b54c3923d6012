package uk.tidemark.app.account;

import jakarta.annotation.PostConstruct;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.text.Normalizer;
import java.util.*;
import java.util.regex.Pattern;

/**
 * Each setting's short code, the first part of its cases' references ({@code RP} in {@code RP-26-0042}; decision
 * 0038): 2 to 4 capital letters, unique in the setting's trust ({@code tidemark_setting.code}). A new setting gets
 * one made from its name's initials; the settings that existed before codes are given theirs the same way, once, as
 * this bean starts (before any command can ask for a reference); an administrator may change it.
 */
@Repository
public class SettingCodes {

    public static final Pattern CODE = Pattern.compile("[A-Z]{2,4}");
    /** Words a code skips unless there is nothing else: "St Mary's C of E Primary" is SMCE. */
    private static final Set<String> SMALL_WORDS = Set.of("OF", "THE", "AND", "AT", "IN", "ON", "FOR");
    private static final Logger log = LoggerFactory.getLogger(SettingCodes.class);
    private static final int ATTEMPTS = 5;

    private final JdbcTemplate jdbc;

    SettingCodes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Codes for the settings that have none; several instances starting at once may race, so a clash tries again. */
    @PostConstruct
    void assignMissing() {
        for (int attempt = 1; ; attempt++) {
            try {
                int given = assignMissingOnce();
                if (given > 0) {
                    log.info("Gave {} setting(s) a reference code", given);
                }
                return;
            } catch (DuplicateKeyException clash) {
                if (attempt == ATTEMPTS) {
                    throw clash;
                }
            }
        }
    }

    private int assignMissingOnce() {
        record Missing(String id, String trustId, String name) {
        }
        List<Missing> missing = jdbc.query("SELECT id, trust_id, name FROM tidemark_setting WHERE code IS NULL"
                + " ORDER BY trust_id, id", (rs, i) -> new Missing(rs.getString(1), rs.getString(2), rs.getString(3)));
        int given = 0;
        for (Missing setting : missing) {
            String code = derive(setting.name(), codesOfTrust(setting.trustId()));
            given += jdbc.update("UPDATE tidemark_setting SET code = ? WHERE id = ? AND code IS NULL", code,
                    setting.id());
        }
        return given;
    }

    /** The code a new setting of {@code trustId} called {@code name} gets. */
    public String forNewSetting(String trustId, String name) {
        return derive(name, codesOfTrust(trustId));
    }

    /** The setting's code; empty when the setting is unknown or has none yet. */
    public Optional<String> of(String settingId) {
        return jdbc.query("SELECT code FROM tidemark_setting WHERE id = ?", (rs, i) -> rs.getString(1), settingId)
                .stream().filter(Objects::nonNull).findFirst();
    }

    /** Every setting's code, by setting id. */
    public Map<String, String> all() {
        Map<String, String> codes = new HashMap<>();
        jdbc.query("SELECT id, code FROM tidemark_setting WHERE code IS NOT NULL",
                rs -> {
                    codes.put(rs.getString(1), rs.getString(2));
                });
        return codes;
    }

    /** The setting of {@code trustId} that has {@code code}, if any. */
    public Optional<String> settingWith(String trustId, String code) {
        return jdbc.query("SELECT id FROM tidemark_setting WHERE trust_id = ? AND code = ?",
                (rs, i) -> rs.getString(1), trustId, code).stream().findFirst();
    }

    /** @return false when the setting has that code already (nothing changed) */
    public boolean change(String settingId, String code) {
        return jdbc.update("UPDATE tidemark_setting SET code = ? WHERE id = ? AND (code IS NULL OR code <> ?)",
                code, settingId, code) > 0;
    }

    private Set<String> codesOfTrust(String trustId) {
        return new HashSet<>(jdbc.query("SELECT code FROM tidemark_setting WHERE trust_id = ? AND code IS NOT NULL",
                (rs, i) -> rs.getString(1), trustId));
    }

    /**
     * The initials of the name's words (small words left out unless nothing else is left), at most four; a
     * one-word name gives its first two letters. When that is taken in the trust: the first letters with a third
     * or fourth letter of the alphabet after them, then any two letters, in order.
     */
    static String derive(String name, Set<String> taken) {
        List<String> words = Arrays.stream(Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD)
                        .replaceAll("\\p{M}", "").replace("'", "").toUpperCase(Locale.ENGLISH).split("[^A-Z]+"))
                .filter(w -> !w.isEmpty()).toList();
        List<String> significant = words.stream().filter(w -> !SMALL_WORDS.contains(w)).toList();
        List<String> used = significant.isEmpty() ? words : significant;
        StringBuilder initials = new StringBuilder();
        used.forEach(w -> initials.append(w.charAt(0)));
        String base;
        if (initials.length() >= 2) {
            base = initials.substring(0, Math.min(4, initials.length()));
        } else if (!used.isEmpty() && used.get(0).length() >= 2) {
            base = used.get(0).substring(0, 2);
        } else {
            base = (initials + "XX").substring(0, 2);
        }
        if (!taken.contains(base)) {
            return base;
        }
        String stem = base.substring(0, Math.min(3, base.length()));
        for (char c = 'A'; c <= 'Z'; c++) {
            if (!taken.contains(stem + c)) {
                return stem + c;
            }
        }
        for (char a = 'A'; a <= 'Z'; a++) {
            for (char b = 'A'; b <= 'Z'; b++) {
                String code = "" + a + b;
                if (!taken.contains(code)) {
                    return code;
                }
            }
        }
        throw new IllegalStateException("A trust with 676 settings has no two-letter code left");
    }
}
