package uk.tidemark.app.web.validation;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The web's JSON mapper (Jackson 3, Spring Boot's) reads dates and times with {@link IsoDates}, whose readers come
 * before Jackson's own java.time ones. Only the web's: Axon's mapper (Jackson 2, AxonConfig) reads the stored events
 * as they were written.
 */
@Configuration(proxyBeanMethods = false)
class WebDates {

    @Bean
    JsonMapperBuilderCustomizer isoDatesOnly() {
        return builder -> builder.addModule(new IsoDates());
    }
}
