package uk.tidemark.kernel.sar;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** Identifies a subject access request. {@link #toString()} is the bare value, which Axon uses as aggregate id. */
public record SubjectAccessId(String value) {
    public SubjectAccessId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a subject access request id cannot be blank");
        }
    }

    @JsonCreator
    public static SubjectAccessId of(String value) {
        return new SubjectAccessId(value);
    }

    public static SubjectAccessId random() {
        return new SubjectAccessId(UUID.randomUUID().toString());
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
