package uk.tidemark.app.wiring;

import com.github.kagkarlsson.scheduler.Scheduler;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.micrometer.metrics.test.autoconfigure.AutoConfigureMetrics;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On Spring Boot 4, Axon's and db-scheduler's auto-configuration make the beans they made on Boot 3 (decision 0030,
 * {@code config.AxonAfterBootFour}). Each of these fell back silently when they were tested before Boot's own beans
 * existed: no JDBC event store, a transaction manager that does nothing, a private meter registry, a deadline
 * manager that forgets everything at a restart. ({@code @AutoConfigureMetrics}: with it the test has the Prometheus
 * registry production has, and Spring Boot's fallback SimpleMeterRegistry is not made.)
 */
@AutoConfigureMetrics
@SpringBootTest(properties = {"tidemark.security.totp.required-roles=",
        "tidemark.data-dir=target/test-data/boot-four-${random.uuid}", "tidemark.embedded-mongo.in-memory=true"})
class AxonAfterBootFourTest {

    @Autowired
    ApplicationContext context;

    @Test
    void eventsAreStoredThroughJdbcInSpringsTransactions() {
        assertThat(context.getBeansOfType(ConnectionProvider.class)).as("Axon's JDBC connection provider").hasSize(1);
        assertThat(context.getBean(EventStorageEngine.class)).isInstanceOf(JdbcEventStorageEngine.class);
        assertThat(context.getBean(TransactionManager.class)).as("not Axon's NoTransactionManager")
                .isInstanceOf(SpringTransactionManager.class);
    }

    @Test
    void deadlinesAreKeptByDbSchedulerInTheDatabase() {
        assertThat(context.getBeansOfType(Scheduler.class)).as("db-scheduler's scheduler").hasSize(1);
        assertThat(context.getBean(DeadlineManager.class)).as("not Axon's in-memory SimpleDeadlineManager")
                .isInstanceOf(DbSchedulerDeadlineManager.class);
    }

    @Test
    void axonsMetricsGoToSpringBootsRegistry() {
        assertThat(context.getBeansOfType(SimpleMeterRegistry.class)).as("no private registry of Axon's").isEmpty();
        assertThat(context.getBeansOfType(PrometheusMeterRegistry.class)).hasSize(1);
        MeterRegistry registry = context.getBean(GlobalMetricRegistry.class).getRegistry();
        assertThat(registry).as("the registry Axon reports to is Boot's").isSameAs(context.getBean(MeterRegistry.class));
    }
}
