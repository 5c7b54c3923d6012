package uk.tidemark.kernel.complaint;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** Identifies a complaint. {@link #toString()} is the bare value, which Axon uses as aggregate id. */
public record ComplaintId(String value) {
    public ComplaintId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a complaint id cannot be blank");
        }
    }

    @JsonCreator
    public static ComplaintId of(String value) {
        return new ComplaintId(value);
    }

    public static ComplaintId random() {
        return new ComplaintId(UUID.randomUUID().toString());
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
