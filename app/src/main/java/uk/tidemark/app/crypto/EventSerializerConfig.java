package uk.tidemark.app.crypto;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.serialization.ChainingConverter;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The event serializer Axon's store reads and writes with: the Jackson serializer its starter would build from
 * {@code axon.serializer.events: jackson} and the {@code defaultAxonObjectMapper}, sealing personal values
 * ({@link SealingSerializer}, decision 0051). Declared under the starter's qualifier, it replaces the starter's.
 */
@Configuration(proxyBeanMethods = false)
class EventSerializerConfig {

    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer(@Qualifier("defaultAxonObjectMapper") ObjectMapper defaultAxonObjectMapper,
                               RevisionResolver revisionResolver, DataKeys keys) {
        JacksonSerializer jackson = JacksonSerializer.builder()
                .revisionResolver(revisionResolver)
                .converter(new ChainingConverter(EventSerializerConfig.class.getClassLoader()))
                .objectMapper(defaultAxonObjectMapper)
                .build();
        return new SealingSerializer(jackson, keys);
    }
}
