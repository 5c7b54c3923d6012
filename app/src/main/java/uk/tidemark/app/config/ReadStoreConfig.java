package uk.tidemark.app.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import uk.tidemark.query.support.ReadStoreConversions;

/**
 * The read store's conversions: an instant beyond what MongoDB can hold is stored at the nearest end of its range
 * instead of failing the projection that writes it (docs/decisions/0027-one-rule-for-dates.md). Spring Boot's Mongo
 * auto-configuration builds its template with this bean in place of its own.
 */
@Configuration(proxyBeanMethods = false)
class ReadStoreConfig {

    @Bean
    MongoCustomConversions mongoCustomConversions() {
        return ReadStoreConversions.conversions();
    }
}
