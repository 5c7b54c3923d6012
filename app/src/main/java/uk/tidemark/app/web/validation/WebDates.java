package uk.tidemark.app.web.validation;

import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The web's ObjectMapper reads dates and times with {@link IsoDates}, after Spring's JavaTimeModule so that it is
 * the one used. Only the web's: Axon's mapper (AxonConfig) reads the stored events as they were written.
 */
@Configuration(proxyBeanMethods = false)
class WebDates {

    @Bean
    Jackson2ObjectMapperBuilderCustomizer isoDatesOnly() {
        return builder -> builder.postConfigurer(mapper -> mapper.registerModule(new IsoDates()));
    }
}
