package uk.tidemark.command.deadline;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one working-day calendar every case type counts its timescales on. It has its own configuration class so
 * that the disciplinary and complaint wiring can both use it without either declaring it (two declarations of
 * one bean name would fail the context, and {@code @ConditionalOnMissingBean} is unreliable outside
 * auto-configuration ordering).
 */
@Configuration(proxyBeanMethods = false)
public class CalendarConfig {

    @Bean
    WorkingCalendar workingCalendar() {
        return WorkingCalendar.englandAndWales();
    }
}
