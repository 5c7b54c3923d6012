package uk.tidemark.command.deadline;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one working-day calendar every case type counts its timescales on: weekends and the bank holidays of
 * England and Wales (shipped as data), with the organisation's own overrides — days it is closed
 * ({@code tidemark.calendar.closures}, e.g. training days) and days it is open although the data says otherwise
 * ({@code tidemark.calendar.open-days}) — and, over those, the days an administrator closes or opens at run time
 * ({@link CalendarOverrides}, when the application provides them). It has its own configuration class so that the disciplinary and
 * complaint wiring can both use it without either declaring it (two declarations of one bean name would fail
 * the context, and {@code @ConditionalOnMissingBean} is unreliable outside auto-configuration ordering).
 */
@Configuration(proxyBeanMethods = false)
public class CalendarConfig {

    @Bean
    WorkingCalendar workingCalendar(@Value("${tidemark.calendar.closures:}") List<String> closures,
                                    @Value("${tidemark.calendar.open-days:}") List<String> openDays,
                                    ObjectProvider<CalendarOverrides> overrides) {
        // the properties are the starting point; an administrator's days (if the application keeps any) lie over them
        return configured(closures, openDays).withOverrides(overrides.getIfAvailable(() -> CalendarOverrides.NONE));
    }

    /** The shipped data with the configuration's closures and open days. */
    static WorkingCalendar configured(List<String> closures, List<String> openDays) {
        return WorkingCalendar.englandAndWales().withClosures(set(closures)).withOpenDays(set(openDays));
    }

    /** ISO dates (2026-09-01); a malformed one stops the start-up, naming it, rather than being ignored. */
    static Set<LocalDate> set(List<String> dates) {
        return dates == null ? Set.of() : dates.stream().map(String::strip).filter(d -> !d.isEmpty())
                .map(LocalDate::parse).collect(Collectors.toUnmodifiableSet());
    }
}
