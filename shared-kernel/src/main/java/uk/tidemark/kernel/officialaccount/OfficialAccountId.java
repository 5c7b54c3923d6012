package uk.tidemark.kernel.officialaccount;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** Identifies an official social-media account of a setting. {@link #toString()} is the bare value (the aggregate id). */
public record OfficialAccountId(String value) {
    public OfficialAccountId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("an official account id cannot be blank");
        }
    }

    @JsonCreator
    public static OfficialAccountId of(String value) {
        return new OfficialAccountId(value);
    }

    public static OfficialAccountId random() {
        return new OfficialAccountId(UUID.randomUUID().toString());
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
