package uk.tidemark.command.complaint;

import org.springframework.beans.factory.annotation.Value;
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

    /** Each timescale is configurable per deployment; the defaults are BRIEF.md's. */
    @Bean
    ComplaintTimescales complaintTimescales(
            @Value("${tidemark.complaints.acknowledge-days:5}") int acknowledgeDays,
            @Value("${tidemark.complaints.formal-response-days:15}") int formalResponseDays,
            @Value("${tidemark.complaints.panel-days:20}") int panelDays) {
        return new ComplaintTimescales(acknowledgeDays, formalResponseDays, panelDays);
    }
}
