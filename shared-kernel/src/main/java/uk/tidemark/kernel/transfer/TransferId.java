package uk.tidemark.kernel.transfer;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** Identifies a record transfer. {@link #toString()} is the bare value, which Axon uses as aggregate id. */
public record TransferId(String value) {
    public TransferId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a transfer id cannot be blank");
        }
    }

    @JsonCreator
    public static TransferId of(String value) {
        return new TransferId(value);
    }

    public static TransferId random() {
        return new TransferId(UUID.randomUUID().toString());
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
