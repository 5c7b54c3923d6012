package uk.tidemark.kernel.policy;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** Identifies a training record. {@link #toString()} is the bare value, which Axon uses as aggregate id. */
public record TrainingId(String value) {
    public TrainingId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a training record id cannot be blank");
        }
    }

    @JsonCreator
    public static TrainingId of(String value) {
        return new TrainingId(value);
    }

    public static TrainingId random() {
        return new TrainingId(UUID.randomUUID().toString());
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
