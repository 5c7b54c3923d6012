package uk.tidemark.kernel.incident;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** Identifies an incident case. {@link #toString()} is the bare value, which Axon uses as aggregate id. */
public record IncidentId(String value) {
    public IncidentId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("an incident id cannot be blank");
        }
    }

    @JsonCreator
    public static IncidentId of(String value) {
        return new IncidentId(value);
    }

    public static IncidentId random() {
        return new IncidentId(UUID.randomUUID().toString());
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
