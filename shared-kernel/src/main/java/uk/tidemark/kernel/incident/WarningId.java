package uk.tidemark.kernel.incident;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** Identifies a warning issued on a case. */
public record WarningId(String value) {
    public WarningId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a warning id cannot be blank");
        }
    }

    @JsonCreator
    public static WarningId of(String value) {
        return new WarningId(value);
    }

    public static WarningId random() {
        return new WarningId(UUID.randomUUID().toString());
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
