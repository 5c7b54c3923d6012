package uk.tidemark.command.disciplinary;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Command-side wiring of the disciplinary case. The aggregate shares the incident's
 * {@code versionedTargetResolver} (the expected-version check is the same for every case type) and receives the
 * policy, the working calendar ({@code CalendarConfig}) and Axon's deadline manager as handler parameters.
 */
@Configuration(proxyBeanMethods = false)
public class DisciplinaryCommandConfig {

    @Bean
    DisciplinaryPolicy disciplinaryPolicy(
            @Value("${tidemark.disciplinary.hearing-notice-days:5}") int hearingNoticeDays,
            @Value("${tidemark.disciplinary.appeal-window-days:5}") int appealWindowDays,
            @Value("${tidemark.disciplinary.first-warning-months:6}") int firstWarningMonths,
            @Value("${tidemark.disciplinary.final-warning-months:12}") int finalWarningMonths) {
        return new DisciplinaryPolicy(hearingNoticeDays, appealWindowDays, firstWarningMonths, finalWarningMonths);
    }
}
