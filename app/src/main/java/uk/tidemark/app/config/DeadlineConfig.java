package uk.tidemark.app.config;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurationScopeAwareProvider;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.SimpleDeadlineManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The deadline manager that aggregates schedule their deadlines with (appeal windows, warning expiry).
 * <p>
 * Interim: Axon's {@link SimpleDeadlineManager} keeps schedules in memory, so a deadline set before a restart
 * does not fire after it. Issue 3 replaces it with a durable one; until then it makes the handlers that need a
 * DeadlineManager resolvable at all (without a bean, only the test fixture's resolver supplied one).
 */
@Configuration(proxyBeanMethods = false)
public class DeadlineConfig {

    @Bean(destroyMethod = "shutdown")
    DeadlineManager deadlineManager(org.axonframework.config.Configuration axon, TransactionManager transactions) {
        return SimpleDeadlineManager.builder()
                .scopeAwareProvider(new ConfigurationScopeAwareProvider(axon))
                .transactionManager(transactions)
                .build();
    }
}
