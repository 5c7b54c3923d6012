package uk.tidemark.app.embedded;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.h2.mvstore.MVStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.mongo.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;

import com.mongodb.ConnectionString;

import java.net.InetSocketAddress;
import java.nio.file.Path;

/**
 * The embedded read store: mongo-java-server with its H2 (MVStore) file backend, bound to loopback. It must be
 * listening before the Mongo client is built (STACK.md pitfall 8), hence the customizer depends on it. Off in
 * production, where {@code spring.data.mongodb.uri} points at a real MongoDB replica set.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "tidemark.embedded-mongo.enabled", havingValue = "true", matchIfMissing = true)
public class EmbeddedMongoConfig {

    @Bean(destroyMethod = "shutdown")
    MongoServer embeddedMongoServer(@Value("${tidemark.data-dir-absolute}") String dataDir,
                                    @Value("${tidemark.embedded-mongo.port:0}") int port,
                                    @Value("${tidemark.embedded-mongo.in-memory:false}") boolean inMemory) {
        MongoServer server;
        if (inMemory) {
            server = new MongoServer(new de.bwaldvogel.mongo.backend.memory.MemoryBackend());
        } else {
            // Read models are rebuildable from the event store, so the MVStore's default one-second commit
            // delay is acceptable here: a crash loses a suffix of projection work (documents and tokens
            // together), which the processors replay idempotently.
            MVStore store = new MVStore.Builder()
                    .fileName(Path.of(dataDir, "readmodels.mv.db").toString())
                    .open();
            server = new MongoServer(new H2Backend(store));
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
