package uk.tidemark.app.web.validation;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.module.SimpleModule;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;

/**
 * How the web reads a date or a time: an ISO-8601 string, nothing else. Jackson's own readers take a number (or a
 * string of digits) as seconds or days since 1970, so {@code "occurredAt": 12345} was stored as a time in 1970; a
 * date with a time of day was cut to its date. Registered on the web's ObjectMapper (not Axon's, which reads the
 * stored events) and on the pages' form readers; a refusal is the field's 400, "must be a date ... such as ...".
 */
public final class IsoDates extends SimpleModule {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE.withResolverStyle(ResolverStyle.STRICT);

    public IsoDates() {
        super("tidemark-iso-dates");
        addDeserializer(Instant.class, new InstantReader());
        addDeserializer(LocalDate.class, new DateReader());
    }

    /** {@code 2025-03-14T09:30:00Z}, or with an offset ({@code +01:00}); never digits alone. */
    public static Instant instant(String text) {
        return DateTimeFormatter.ISO_INSTANT.parse(text, Instant::from);
    }

    /** {@code 2025-03-14}, a real day of a real month. */
    public static LocalDate date(String text) {
        return DATE.parse(text, LocalDate::from);
    }

    private static final class InstantReader extends ValueDeserializer<Instant> {
        @Override
        public Instant deserialize(JsonParser p, DeserializationContext ctxt) {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (Instant) ctxt.handleUnexpectedToken(Instant.class, p);
            }
            String text = p.getString().strip();
            if (text.isEmpty()) {
                return null;
            }
            try {
                return instant(text);
            } catch (DateTimeException unreadable) {
                return (Instant) ctxt.handleWeirdStringValue(Instant.class, text, "not an ISO-8601 instant");
            }
        }
    }

    private static final class DateReader extends ValueDeserializer<LocalDate> {
        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
            }
            String text = p.getString().strip();
            if (text.isEmpty()) {
                return null;
            }
            try {
                return date(text);
            } catch (DateTimeException unreadable) {
                return (LocalDate) ctxt.handleWeirdStringValue(LocalDate.class, text, "not an ISO-8601 date");
            }
        }
    }
}
