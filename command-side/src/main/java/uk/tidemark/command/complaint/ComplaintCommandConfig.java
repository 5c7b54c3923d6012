package uk.tidemark.command.complaint;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Scope;
import uk.tidemark.command.deadline.TimescaleOverrides;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.tidemark.command.deadline.WorkingCalendar;

/**
 * Command-side wiring of the complaint. Axon resolves the complaint handlers' {@link ComplaintTimescales} and
 * {@link WorkingCalendar} parameters from Spring beans (the calendar is CalendarConfig's), so the aggregate needs
 * no field injection.
 */
@Configuration(proxyBeanMethods = false)
public class ComplaintCommandConfig {

    public static final String ACKNOWLEDGE_DAYS = "tidemark.complaints.acknowledge-days";
    public static final String FORMAL_RESPONSE_DAYS = "tidemark.complaints.formal-response-days";
    public static final String PANEL_DAYS = "tidemark.complaints.panel-days";

    /**
     * Each timescale is configurable per deployment (the defaults are BRIEF.md's) and can be changed by an
     * administrator at run time ({@link TimescaleOverrides}). A prototype: Axon asks the bean factory for the handler
     * parameter at each command, so each command gets the timescales in force at that moment.
     */
    @Bean
    @Scope(BeanDefinition.SCOPE_PROTOTYPE)
    ComplaintTimescales complaintTimescales(
            @Value("${" + ACKNOWLEDGE_DAYS + ":5}") int acknowledgeDays,
            @Value("${" + FORMAL_RESPONSE_DAYS + ":15}") int formalResponseDays,
            @Value("${" + PANEL_DAYS + ":20}") int panelDays,
            ObjectProvider<TimescaleOverrides> overrides) {
        Map<String, Integer> now = overrides.getIfAvailable(() -> TimescaleOverrides.NONE).current();
        return new ComplaintTimescales(now.getOrDefault(ACKNOWLEDGE_DAYS, acknowledgeDays),
                now.getOrDefault(FORMAL_RESPONSE_DAYS, formalResponseDays), now.getOrDefault(PANEL_DAYS, panelDays));
    }
}
