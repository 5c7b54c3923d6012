package uk.tidemark.app.config;

import org.springframework.boot.autoconfigure.AutoConfiguration;

/**
 * Puts Axon's and db-scheduler's auto-configuration back after the Spring Boot 4 auto-configuration whose beans they
 * wait for. It declares no beans: it is a link in the order in which Spring Boot applies auto-configuration.
 *
 * <p>Axon 4.13 and db-scheduler 16 order themselves after Spring Boot 3's class names
 * ({@code org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration} and the like), which Spring Boot 4
 * moved into modules of their own. Without this their conditions ({@code @ConditionalOnBean(DataSource.class)},
 * {@code PlatformTransactionManager}, {@code MeterRegistry}, db-scheduler's {@code Scheduler}) are tested before the
 * beans exist, and they back off silently: no JDBC event store ("Default configuration requires the use of event
 * sourcing"), Axon's no-op transaction manager instead of Spring's, a private SimpleMeterRegistry instead of
 * Prometheus, and Axon's in-memory deadline manager instead of the durable one. Being after the first group and
 * before the second, this configuration makes every one of the second come after every one of the first
 * (decision 0030). {@code AxonAfterBootFourTest} proves each outcome.
 */
@AutoConfiguration(
        afterName = {
                "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
                "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
                "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
                "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
                "org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration",
                "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration"},
        beforeName = {
                "org.axonframework.springboot.autoconfig.JdbcAutoConfiguration",
                "org.axonframework.springboot.autoconfig.TransactionAutoConfiguration",
                "org.axonframework.springboot.autoconfig.MicrometerMetricsAutoConfiguration",
                "org.axonframework.springboot.autoconfig.ObjectMapperAutoConfiguration",
                "com.github.kagkarlsson.scheduler.boot.autoconfigure.DbSchedulerAutoConfiguration"})
public class AxonAfterBootFour {
}
