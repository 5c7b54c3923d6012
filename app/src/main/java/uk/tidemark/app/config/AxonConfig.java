package uk.tidemark.app.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.mongodb.client.MongoClient;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.tidemark.kernel.Meta;

import java.time.Duration;

/**
 * Axon wiring that the Spring Boot starter does not do for us. The event store itself is Axon's
 * {@code JdbcEventStorageEngine} from its JDBC auto-configuration, on whatever DataSource is configured (H2
 * file by default, PostgreSQL in production); the tables come from Flyway.
 */
@Configuration(proxyBeanMethods = false)
public class AxonConfig {

    /**
     * Axon's ObjectMapper (picked by name by the starter) for events, commands, queries and tokens: Jackson 2, as
     * Axon 4's serializer is, and configured as it always was, so that every stored event reads back as it was
     * written (decision 0030). The web's JSON is Spring Boot's Jackson 3 mapper, a separate thing. Lenient on
     * unknown properties so that stored events stay readable when a field is retired; renames and type changes go
     * through upcasters.
     */
    @Bean
    ObjectMapper defaultAxonObjectMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /**
     * Copies who (and the correlation id) from each command onto every event it causes. Declaring any
     * provider replaces Axon's default, so the default MessageOriginProvider is declared again here.
     */
    @Bean
    CorrelationDataProvider actorCorrelation() {
        return new SimpleCorrelationDataProvider(Meta.ACTOR);
    }

    @Bean
    CorrelationDataProvider messageOrigin() {
        return new MessageOriginProvider();
    }

    /** The read-model processors' event source (axon.eventhandling.processors.*.source). */
    @Bean(destroyMethod = "close")
    PromptEventSource promptEventSource(EventStore eventStore,
                                        @Value("${tidemark.processors.wake-up-interval:25ms}") Duration tick) {
        return new PromptEventSource(eventStore, tick);
    }

    /** Processor tokens live beside the read models they describe, so a rebuild resets both together. */
    @Bean
    TokenStore tokenStore(MongoClient mongoClient,
                          @Value("${spring.mongodb.database:tidemark}") String database,
                          @Qualifier("serializer") Serializer serializer,
                          @Value("${tidemark.processors.claim-timeout:10s}") Duration claimTimeout) {
        DefaultMongoTemplate template = DefaultMongoTemplate.builder()
                .mongoDatabase(mongoClient, database)
                .build();
        return MongoTokenStore.builder()
                .mongoTemplate(template)
                .serializer(serializer)
                .claimTimeout(claimTimeout)
                .build();
    }
}
