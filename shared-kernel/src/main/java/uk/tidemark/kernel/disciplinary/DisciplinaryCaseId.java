package uk.tidemark.kernel.disciplinary;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** Identifies an HR disciplinary case. {@link #toString()} is the bare value, which Axon uses as aggregate id. */
public record DisciplinaryCaseId(String value) {
    public DisciplinaryCaseId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a disciplinary case id cannot be blank");
        }
    }

    @JsonCreator
    public static DisciplinaryCaseId of(String value) {
        return new DisciplinaryCaseId(value);
    }

    public static DisciplinaryCaseId random() {
        return new DisciplinaryCaseId(UUID.randomUUID().toString());
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
