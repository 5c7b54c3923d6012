package uk.tidemark.app.config;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.ReadEventDataWithGapsStatementBuilder;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;

import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.Collections;
import java.util.List;

/**
 * The JDBC event store as Axon's auto-configuration builds it, with one change: the query that event
 * processors use to read on from a token that has gaps. Axon writes it as
 * {@code WHERE (globalIndex > ? AND globalIndex <= ?) OR globalIndex IN (...)}, and H2 answers an OR across
 * the primary key with a full table scan — measured at 60% of the projection thread's time and seconds of
 * projection lag after a few thousand events (docs/benchmarks.md). The two halves as a UNION ALL each use the
 * primary key, on H2 and on PostgreSQL alike. Gaps are always at or below the token's index, so the halves
 * never overlap.
 *
 * <p>The gap handling and batch size are {@code tidemark.event-store.*} properties; their defaults are Axon's, and
 * the {@code postgres} profile sets them for PostgreSQL (decision 0018).
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
public class EventStoreConfig {

    @Bean
    EventStorageEngine eventStorageEngine(Serializer defaultSerializer,
                                          PersistenceExceptionResolver persistenceExceptionResolver,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          Configuration configuration,
                                          ConnectionProvider connectionProvider,
                                          TransactionManager transactionManager,
                                          @Value("${tidemark.event-store.gap-timeout:60s}") Duration gapTimeout,
                                          @Value("${tidemark.event-store.max-gap-offset:10000}") int maxGapOffset,
                                          @Value("${tidemark.event-store.batch-size:100}") int batchSize) {
        return JdbcEventStorageEngine.builder()
                .snapshotSerializer(defaultSerializer)
                .upcasterChain(configuration.upcasterChain())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .eventSerializer(eventSerializer)
                .snapshotFilter(configuration.snapshotFilter())
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(EventSchema.builder().build())
                .readEventDataWithGaps(unionOfRangeAndGaps())
                .gapTimeout(Math.toIntExact(gapTimeout.toMillis()))
                .maxGapOffset(maxGapOffset)
                .batchSize(batchSize)
                .build();
    }

    static ReadEventDataWithGapsStatementBuilder unionOfRangeAndGaps() {
        return (connection, schema, globalIndex, batchSize, gaps) -> {
            String fields = schema.trackedEventFields();
            String table = schema.domainEventTable();
            String index = schema.globalIndexColumn();
            String sql = "SELECT * FROM ("
                    + "SELECT " + fields + " FROM " + table + " WHERE " + index + " > ? AND " + index + " <= ?"
                    + " UNION ALL "
                    + "SELECT " + fields + " FROM " + table + " WHERE " + index + " IN ("
                    + String.join(",", Collections.nCopies(gaps.size(), "?")) + ")"
                    + ") tracked ORDER BY " + index + " ASC";
            PreparedStatement statement = connection.prepareStatement(sql);
            statement.setLong(1, globalIndex);
            statement.setLong(2, globalIndex + batchSize);
            List<Long> gapList = List.copyOf(gaps);
            for (int i = 0; i < gapList.size(); i++) {
                statement.setLong(i + 3, gapList.get(i));
            }
            return statement;
        };
    }
}
