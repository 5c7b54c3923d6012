package uk.tidemark.command.incident;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.NoCache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;
import uk.tidemark.command.deadline.TimescaleOverrides;

/** Command-side wiring of the incident case that Axon's auto-configuration cannot guess. */
@Configuration(proxyBeanMethods = false)
public class IncidentCommandConfig {

    /** Minutes to the first response to a report of a child at immediate risk (decision 0044). */
    public static final String IMMEDIATE_RISK_RESPONSE_MINUTES = "tidemark.incidents.immediate-risk-response-minutes";

    /**
     * The incident's configurable timescales, under an administrator's run-time changes ({@link TimescaleOverrides}).
     * A prototype, as the complaint's: Axon asks for the handler parameter at each command.
     */
    @Bean
    @Scope(BeanDefinition.SCOPE_PROTOTYPE)
    IncidentTimescales incidentTimescales(
            @Value("${" + IMMEDIATE_RISK_RESPONSE_MINUTES + ":60}") int immediateRiskMinutes,
            ObjectProvider<TimescaleOverrides> overrides) {
        var now = overrides.getIfAvailable(() -> TimescaleOverrides.NONE).current();
        return new IncidentTimescales(now.getOrDefault(IMMEDIATE_RISK_RESPONSE_MINUTES, immediateRiskMinutes));
    }

    /**
     * Named in {@code @Aggregate(cache = ...)}: recently used cases stay in memory between commands instead of
     * being re-read and replayed from the event store each time (a quarter of a command's cost, measured in
     * docs/benchmarks.md). Entries are weakly held, so memory pressure clears them. With several instances
     * writing to one event store a cached case can be stale; the unique (aggregate, sequence) key then refuses
     * the write (409) and Axon evicts the entry, so nothing is lost, but such deployments should route commands
     * for one case to one instance or switch the cache off ({@code tidemark.command.aggregate-cache=false}).
     */
    @Bean
    Cache incidentCache(@Value("${tidemark.command.aggregate-cache:true}") boolean enabled) {
        return enabled ? new WeakReferenceCache() : NoCache.INSTANCE;
    }
}
