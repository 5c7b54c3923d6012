package uk.tidemark.kernel.incident;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** Identifies a person named on a case (stable across the cases they appear in once linked). */
public record PersonId(String value) {
    public PersonId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a person id cannot be blank");
        }
    }

    @JsonCreator
    public static PersonId of(String value) {
        return new PersonId(value);
    }

    public static PersonId random() {
        return new PersonId(UUID.randomUUID().toString());
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
