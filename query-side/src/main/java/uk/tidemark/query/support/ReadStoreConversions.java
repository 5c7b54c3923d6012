package uk.tidemark.query.support;

import com.mongodb.client.MongoClient;
import org.springframework.core.convert.converter.Converter;
import org.springframework.data.convert.WritingConverter;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;
import org.springframework.data.mongodb.core.convert.DefaultDbRefResolver;
import org.springframework.data.mongodb.core.convert.MappingMongoConverter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Date;
import java.util.List;

/**
 * How the read side stores times, so that no event can fail a projection on its dates (docs/decisions/0027).
 * MongoDB keeps a date as milliseconds since 1970 in 64 bits, about 292 million years either side; Spring's own
 * converter throws for an instant beyond that (the case logged "300 million years ago" was parked in the dead-letter
 * queue for good, its later notes never shown). Here such an instant is stored at the nearest end of that range:
 * the command side accepts nothing outside 1900-2100 any more, so only an event stored before that rule (or written
 * by hand) is ever moved, and its page shows the stored date rather than failing. Calendar dates are stored as ISO
 * text by the projections, which holds any date.
 *
 * <p>The application uses {@link #conversions()} as its {@code MongoCustomConversions}; tests build their template
 * with {@link #template}, so that they store as the application does.
 */
public final class ReadStoreConversions {

    /** The first and the last instant a BSON date can hold. */
    public static final Instant EARLIEST = Instant.ofEpochMilli(Long.MIN_VALUE);
    public static final Instant LATEST = Instant.ofEpochMilli(Long.MAX_VALUE);

    private ReadStoreConversions() {
    }

    /** {@code at}, or the nearest instant the store can hold. */
    public static Instant storable(Instant at) {
        if (at == null) {
            return null;
        }
        return at.isBefore(EARLIEST) ? EARLIEST : at.isAfter(LATEST) ? LATEST : at;
    }

    /**
     * {@code at} written with {@code pattern} (which carries its zone), or its ISO text when the pattern cannot write
     * it (an instant beyond year 999,999,999 has no date in a zone): a sentence never fails a projection.
     */
    public static String format(DateTimeFormatter pattern, Instant at) {
        return format(pattern, (TemporalAccessor) at, at);
    }

    private static String format(DateTimeFormatter pattern, TemporalAccessor value, Object fallback) {
        try {
            return pattern.format(value);
        } catch (DateTimeException beyondTheCalendar) {
            return String.valueOf(fallback);
        }
    }

    public static MongoCustomConversions conversions() {
        return new MongoCustomConversions(List.of(InstantToStorableDate.INSTANCE));
    }

    /** A template on {@code database} that converts as the application's does. */
    public static MongoTemplate template(MongoClient client, String database) {
        SimpleMongoClientDatabaseFactory factory = new SimpleMongoClientDatabaseFactory(client, database);
        MongoCustomConversions conversions = conversions();
        MongoMappingContext context = new MongoMappingContext();
        context.setSimpleTypeHolder(conversions.getSimpleTypeHolder());
        context.afterPropertiesSet();
        MappingMongoConverter converter = new MappingMongoConverter(new DefaultDbRefResolver(factory), context);
        converter.setCustomConversions(conversions);
        converter.afterPropertiesSet();
        return new MongoTemplate(factory, converter);
    }

    @WritingConverter
    enum InstantToStorableDate implements Converter<Instant, Date> {
        INSTANCE;

        @Override
        public Date convert(Instant source) {
            return Date.from(storable(source));
        }
    }
}
