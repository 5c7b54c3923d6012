package uk.tidemark.kernel.lowlevel;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * Identifies one member of staff's low-level concerns record in one setting. It is derived from the setting and the
 * member of staff (their account when the incident links them to one, else their name as written), so that every
 * concern about them in the setting reaches the same record, whoever sends it and however often.
 */
public record LowLevelConcernsId(String value) {
    public LowLevelConcernsId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a low-level concerns id cannot be blank");
        }
    }

    @JsonCreator
    public static LowLevelConcernsId of(String value) {
        return new LowLevelConcernsId(value);
    }

    /** The record of the member of staff in the setting: by username when known, else by name. */
    public static LowLevelConcernsId of(String settingId, String username, String name) {
        String who = username != null && !username.isBlank() ? "user:" + username.strip()
                : "name:" + (name == null ? "" : name.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
        return new LowLevelConcernsId(UUID.nameUUIDFromBytes(("low-level-concerns\n" + settingId + "\n" + who)
                .getBytes(StandardCharsets.UTF_8)).toString());
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}
