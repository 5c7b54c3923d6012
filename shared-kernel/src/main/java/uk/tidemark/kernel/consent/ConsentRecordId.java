package uk.tidemark.kernel.consent;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import uk.tidemark.kernel.incident.PersonId;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a pupil's entry in a setting's image consent register. Made from the setting and the pupil's person id
 * ({@link #of(String, PersonId)}), so a pupil has one entry per setting however often it is recorded: a second
 * record of the same pupil is refused by the event store, not by a read model that may lag.
 */
public record ConsentRecordId(String value) {
    public ConsentRecordId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("an image consent record id cannot be blank");
        }
    }

    @JsonCreator
    public static ConsentRecordId of(String value) {
        return new ConsentRecordId(value);
    }

    /** The one entry of {@code personId} in the register of {@code settingId}. */
    public static ConsentRecordId of(String settingId, PersonId personId) {
        return new ConsentRecordId(UUID.nameUUIDFromBytes(("image-consent:" + settingId + ":" + personId.value())
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
