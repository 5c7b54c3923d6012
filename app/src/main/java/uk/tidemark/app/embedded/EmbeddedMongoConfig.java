package uk.tidemark.app.embedded;

import de.bwaldvogel.mongo.MongoServer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;

import com.mongodb.ConnectionString;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The embedded read store: mongo-java-server with its H2 (MVStore) file backend, bound to loopback. It must be
 * listening before the Mongo client is built (docs/platform-pitfalls.md #8), hence the customizer depends on it. Off in
 * production, where {@code spring.mongodb.uri} points at a real MongoDB replica set.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "tidemark.embedded-mongo.enabled", havingValue = "true", matchIfMissing = true)
public class EmbeddedMongoConfig {

    @Bean(destroyMethod = "shutdown")
    MongoServer embeddedMongoServer(@Value("${tidemark.data-dir-absolute}") String dataDir,
                                    @Value("${tidemark.embedded-mongo.port:0}") int port,
                                    @Value("${tidemark.embedded-mongo.in-memory:false}") boolean inMemory,
                                    @Value("${tidemark.embedded-mongo.commit-interval:1s}") Duration commitInterval) {
        MongoServer server;
        if (inMemory) {
            server = new MongoServer(new de.bwaldvogel.mongo.backend.memory.MemoryBackend());
        } else {
            // Read models are rebuildable from the event store, so committing once a second is acceptable: a crash
            // loses a suffix of projection work (documents and tokens together, whole commands only: decision 0023),
            // which the processors replay idempotently.
            server = new MongoServer(ConsistentH2Backend.open(Path.of(dataDir, "readmodels.mv.db"), commitInterval));
        }
        server.bind(new InetSocketAddress("127.0.0.1", port));
        return server;
    }

    @Bean
    @DependsOn("embeddedMongoServer")
    MongoClientSettingsBuilderCustomizer embeddedMongoClient(MongoServer embeddedMongoServer) {
        InetSocketAddress address = embeddedMongoServer.getLocalAddress();
        String uri = "mongodb://" + address.getHostString() + ":" + address.getPort();
        return settings -> settings.applyConnectionString(new ConnectionString(uri));
    }
}
