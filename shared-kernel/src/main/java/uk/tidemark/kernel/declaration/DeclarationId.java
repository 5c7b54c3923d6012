package uk.tidemark.kernel.declaration;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** Identifies a staff declaration. {@link #toString()} is the bare value, which Axon uses as aggregate id. */
public record DeclarationId(String value) {
    public DeclarationId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a declaration id cannot be blank");
        }
    }

    @JsonCreator
    public static DeclarationId of(String value) {
        return new DeclarationId(value);
    }

    public static DeclarationId random() {
        return new DeclarationId(UUID.randomUUID().toString());
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
