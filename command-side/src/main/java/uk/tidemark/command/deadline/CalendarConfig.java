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
 * The working-day calendars every case type counts its timescales on: weekends and the bank holidays of the case's
 * setting's part of the UK (England and Wales, Scotland, Northern Ireland: shipped as data, then computed from the
 * rules), with the organisation's own overrides — days it is closed ({@code tidemark.calendar.closures}, e.g.
 * training days) and days it is open although the data says otherwise ({@code tidemark.calendar.open-days}) — and,
 * over those, the days an administrator closes or opens at run time ({@link CalendarOverrides}, when the
 * application provides them). Which calendar a setting counts on comes from {@link SettingCalendars}, when the
 * application provides it (England and Wales for every setting otherwise), and its term dates, for school days,
 * from {@link TermDates} (none otherwise: school days are working days). It has its own configuration class so
 * that the disciplinary and complaint wiring can both use it without either declaring it (two declarations of one
 * bean name would fail the context, and {@code @ConditionalOnMissingBean} is unreliable outside auto-configuration
 * ordering).
 */
@Configuration(proxyBeanMethods = false)
public class CalendarConfig {

    @Bean
    WorkingCalendars workingCalendars(@Value("${tidemark.calendar.closures:}") List<String> closures,
                                      @Value("${tidemark.calendar.open-days:}") List<String> openDays,
                                      ObjectProvider<CalendarOverrides> overrides,
                                      ObjectProvider<SettingCalendars> settings,
                                      ObjectProvider<TermDates> terms) {
        // the properties are the starting point; an administrator's days (if the application keeps any) lie over them
        CalendarOverrides live = overrides.getIfAvailable(() -> CalendarOverrides.NONE);
        return WorkingCalendars.of(region -> configured(region, closures, openDays).withOverrides(live),
                settings.getIfAvailable(() -> SettingCalendars.NONE))
                .withTerms(terms.getIfAvailable(() -> TermDates.NONE));
    }

    /**
     * The default calendar (England and Wales, with the same overrides), for what counts without a setting. A case's
     * deadlines never use it: they count on {@link WorkingCalendars#forSetting}.
     */
    @Bean
    WorkingCalendar workingCalendar(WorkingCalendars calendars) {
        return calendars.of(CalendarRegion.DEFAULT);
    }

    /** The shipped England and Wales data with the configuration's closures and open days. */
    static WorkingCalendar configured(List<String> closures, List<String> openDays) {
        return configured(CalendarRegion.ENGLAND_AND_WALES, closures, openDays);
    }

    static WorkingCalendar configured(CalendarRegion region, List<String> closures, List<String> openDays) {
        return WorkingCalendar.of(region).withClosures(set(closures)).withOpenDays(set(openDays));
    }

    /** ISO dates (2026-09-01); a malformed one stops the start-up, naming it, rather than being ignored. */
    static Set<LocalDate> set(List<String> dates) {
        return dates == null ? Set.of() : dates.stream().map(String::strip).filter(d -> !d.isEmpty())
                .map(LocalDate::parse).collect(Collectors.toUnmodifiableSet());
    }
}
