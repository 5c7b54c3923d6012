package uk.tidemark.kernel.person;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import uk.tidemark.kernel.incident.PersonId;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/**
 * A setting's list of people (its roster), identified by the setting's id: one roster per setting. A person on it is
 * known by a person id made from the setting and the MIS id ({@link #personIdOf}), so the same person keeps one id
 * however often the list is imported, and every case that names them from the list names the same person.
 */
public record RosterId(String settingId) {
    public RosterId {
        Objects.requireNonNull(settingId, "settingId");
        if (settingId.isBlank()) {
            throw new IllegalArgumentException("a roster's setting id cannot be blank");
        }
    }

    @JsonCreator
    public static RosterId of(String settingId) {
        return new RosterId(settingId);
    }

    /** The person id of the MIS's {@code misId} on this setting's roster: always the same for the same two. */
    public PersonId personIdOf(String misId) {
        return PersonId.of(UUID.nameUUIDFromBytes(("roster:" + settingId + ":" + misId)
                .getBytes(StandardCharsets.UTF_8)).toString());
    }

    @JsonValue
    public String settingId() {
        return settingId;
    }

    /** The roster's stream in the event store: apart from any other aggregate's, whatever the setting's id. */
    @Override
    public String toString() {
        return "roster-" + settingId;
    }
}
