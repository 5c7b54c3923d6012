package uk.tidemark.app.embedded;

import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Read-store health by {@code ping}: Spring Boot's own indicator sends {@code hello}, which the embedded
 * server rejects (docs/platform-pitfalls.md #6); {@code ping} works on both it and real MongoDB.
 */
@Component("readStore")
class PingMongoHealthIndicator extends AbstractHealthIndicator {

    private final MongoTemplate mongo;

    PingMongoHealthIndicator(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Document result = mongo.executeCommand(new Document("ping", 1));
        builder.up().withDetail("database", mongo.getDb().getName()).withDetail("ok", result.get("ok"));
    }
}
