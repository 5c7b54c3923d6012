package uk.tidemark.kernel.policy;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** Identifies a policy. {@link #toString()} is the bare value, which Axon uses as aggregate id. */
public record PolicyId(String value) {
    public PolicyId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a policy id cannot be blank");
        }
    }

    @JsonCreator
    public static PolicyId of(String value) {
        return new PolicyId(value);
    }

    public static PolicyId random() {
        return new PolicyId(UUID.randomUUID().toString());
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
