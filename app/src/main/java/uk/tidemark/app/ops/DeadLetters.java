package uk.tidemark.app.ops;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcDeadLetter;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.serialization.Serializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The read-model processors' dead-letter queues (docs/decisions/0020-failure.md).
 * <p>
 * A projection that throws on an event no longer logs and skips it (Axon's default): the event is parked in Axon's
 * {@link JdbcSequencedDeadLetterQueue}, in the event store's database (table {@code DeadLetterEntry}, migration
 * V50), so it survives a restart. The sequence is the aggregate (Axon's per-aggregate policy, the processors'
 * default): the case whose event failed has its later events parked behind it, in order, while every other case goes
 * on. An administrator lists what is parked (group, case id, count, cause class; never the event's content) and,
 * once the cause is fixed, retries a group: each parked case's events go through the group's handlers again, oldest
 * first, and leave the queue when they all succeed.
 * <p>
 * A rebuild (a reset of the processor) empties its queue: the replay handles every event again, and parks again what
 * still fails. The processors that act on the world or keep an order across cases (notifications, audit, referrals)
 * have no queue: their failures stop them, as before.
 */
@Configuration(proxyBeanMethods = false)
public class DeadLetters {

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);
    static final String GROUPS_PROPERTY = "tidemark.dead-letters.processing-groups";
    static final List<String> DEFAULT_GROUPS = List.of("incidents", "hr-register", "complaints-register",
            "deadline-board", "report-publications", "registers");

    private final EventProcessingConfiguration processing;
    private final JdbcTemplate jdbc;
    private final List<String> groups;
    private final DeadLetterSchema schema = DeadLetterSchema.defaultSchema();

    public DeadLetters(EventProcessingConfiguration processing, JdbcTemplate jdbc, Environment environment,
                       MeterRegistry meters) {
        this.processing = processing;
        this.jdbc = jdbc;
        this.groups = groups(environment);
        for (String group : groups) {
            Gauge.builder("tidemark.dead.letters", () -> countOrNaN(group))
                    .description("Events parked in the processor's dead-letter queue (a failed event and the later "
                            + "events of its case)")
                    .tag("processor", group).register(meters);
        }
    }

    static List<String> groups(Environment environment) {
        return Binder.get(environment).bind(GROUPS_PROPERTY, Bindable.listOf(String.class)).orElse(DEFAULT_GROUPS);
    }

    /** Registers a JDBC dead-letter queue for each configured processing group. */
    @Bean // static: Axon collects configurer modules before this class's own dependencies exist
    static ConfigurerModule deadLetterQueues(Environment environment, ObjectProvider<ConnectionProvider> connections,
                                             ObjectProvider<TransactionManager> transactions,
                                             @Qualifier("serializer") ObjectProvider<Serializer> serializer,
                                             @Qualifier("eventSerializer") ObjectProvider<Serializer> eventSerializer) {
        List<String> groups = groups(environment);
        return configurer -> {
            for (String group : groups) {
                configurer.eventProcessing()
                        .registerDeadLetterQueue(group, config -> JdbcSequencedDeadLetterQueue.builder()
                                .processingGroup(group)
                                .connectionProvider(connections.getObject())
                                .transactionManager(transactions.getObject())
                                .schema(DeadLetterSchema.defaultSchema())
                                .genericSerializer(serializer.getObject())
                                .eventSerializer(eventSerializer.getObject())
                                .build())
                        // a rebuild starts from nothing: the queue is emptied with the read models
                        .registerDeadLetteringEventHandlerInvokerConfiguration(group,
                                (config, builder) -> builder.allowReset(true));
            }
        };
    }

    /** The processing groups with a dead-letter queue. */
    public List<String> groups() {
        return groups;
    }

    /** One parked case in one processing group: no payload, no personal data. */
    public record ParkedCase(String processingGroup, String caseId, int events, String causeType,
                             Instant parkedAt) {
    }

    /** Every parked case, by group and case id. */
    public List<ParkedCase> list() {
        String sql = "SELECT " + schema.processingGroupColumn() + ", " + schema.sequenceIdentifierColumn() + ", "
                + schema.causeTypeColumn() + ", " + schema.enqueuedAtColumn() + " FROM " + schema.deadLetterTable()
                + " ORDER BY " + schema.processingGroupColumn() + ", " + schema.sequenceIdentifierColumn() + ", "
                + schema.sequenceIndexColumn();
        Map<List<String>, ParkedCase> cases = new LinkedHashMap<>();
        jdbc.query(sql, rs -> {
            List<String> key = List.of(rs.getString(1), rs.getString(2));
            ParkedCase seen = cases.get(key);
            if (seen == null) { // the first (oldest) letter carries the cause; the ones behind it wait for it
                cases.put(key, new ParkedCase(key.get(0), key.get(1), 1, rs.getString(3), parse(rs.getString(4))));
            } else {
                cases.put(key, new ParkedCase(seen.processingGroup(), seen.caseId(), seen.events() + 1,
                        seen.causeType() != null ? seen.causeType() : rs.getString(3), seen.parkedAt()));
            }
        });
        return new ArrayList<>(cases.values());
    }

    /** What a retry did: cases whose events all went through, and cases still parked. */
    public record RetryOutcome(String processingGroup, int retried, int succeeded, int stillParked) {
    }

    /**
     * Sends each parked case's events of the group through its handlers again, oldest first. Empty when the group has
     * no dead-letter queue.
     */
    public Optional<RetryOutcome> retry(String group) {
        if (!groups.contains(group)) {
            return Optional.empty();
        }
        Optional<SequencedDeadLetterProcessor<EventMessage<?>>> processor =
                processing.sequencedDeadLetterProcessor(group);
        if (processor.isEmpty()) {
            return Optional.empty();
        }
        Set<String> parked = new LinkedHashSet<>(jdbc.queryForList("SELECT DISTINCT "
                + schema.sequenceIdentifierColumn() + " FROM " + schema.deadLetterTable() + " WHERE "
                + schema.processingGroupColumn() + " = ?", String.class, group));
        int succeeded = 0;
        for (String caseId : parked) {
            boolean done;
            try {
                done = processor.get().process(letter -> caseId.equals(sequenceOf(letter)));
            } catch (RuntimeException e) {
                log.warn("Retry of a parked case in {} failed: {}", group, e.getClass().getSimpleName());
                done = false;
            }
            if (done) {
                succeeded++;
            }
        }
        int stillParked = (int) list().stream().filter(p -> p.processingGroup().equals(group)).count();
        log.info("Dead letters of {} retried: {} cases, {} went through, {} still parked", group, parked.size(),
                succeeded, stillParked);
        return Optional.of(new RetryOutcome(group, parked.size(), succeeded, stillParked));
    }

    private static String sequenceOf(DeadLetter<? extends EventMessage<?>> letter) {
        if (letter instanceof JdbcDeadLetter<?> jdbcLetter) {
            return jdbcLetter.getSequenceIdentifier();
        }
        return letter.message() instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : null;
    }

    /** Events parked in the group's queue. */
    public int count(String group) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM " + schema.deadLetterTable() + " WHERE "
                + schema.processingGroupColumn() + " = ?", Integer.class, group);
        return n == null ? 0 : n;
    }

    private double countOrNaN(String group) {
        try {
            return count(group);
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    private static Instant parse(String stored) {
        try {
            return stored == null ? null : Instant.parse(stored);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
