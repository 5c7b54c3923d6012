package uk.tidemark.command.disciplinary;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Scope;
import uk.tidemark.command.deadline.TimescaleOverrides;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Command-side wiring of the disciplinary case. The aggregate shares the incident's
 * {@code versionedTargetResolver} (the expected-version check is the same for every case type) and receives the
 * policy, the working calendar ({@code CalendarConfig}) and Axon's deadline manager as handler parameters.
 */
@Configuration(proxyBeanMethods = false)
public class DisciplinaryCommandConfig {

    public static final String HEARING_NOTICE_DAYS = "tidemark.disciplinary.hearing-notice-days";
    public static final String APPEAL_WINDOW_DAYS = "tidemark.disciplinary.appeal-window-days";
    public static final String FIRST_WARNING_MONTHS = "tidemark.disciplinary.first-warning-months";
    public static final String FINAL_WARNING_MONTHS = "tidemark.disciplinary.final-warning-months";

    /**
     * The properties' values, under an administrator's run-time changes ({@link TimescaleOverrides}). A prototype:
     * Axon asks the bean factory for the handler parameter at each command, so each command gets the policy in force.
     */
    @Bean
    @Scope(BeanDefinition.SCOPE_PROTOTYPE)
    DisciplinaryPolicy disciplinaryPolicy(
            @Value("${" + HEARING_NOTICE_DAYS + ":5}") int hearingNoticeDays,
            @Value("${" + APPEAL_WINDOW_DAYS + ":5}") int appealWindowDays,
            @Value("${" + FIRST_WARNING_MONTHS + ":6}") int firstWarningMonths,
            @Value("${" + FINAL_WARNING_MONTHS + ":12}") int finalWarningMonths,
            ObjectProvider<TimescaleOverrides> overrides) {
        Map<String, Integer> now = overrides.getIfAvailable(() -> TimescaleOverrides.NONE).current();
        return new DisciplinaryPolicy(now.getOrDefault(HEARING_NOTICE_DAYS, hearingNoticeDays),
                now.getOrDefault(APPEAL_WINDOW_DAYS, appealWindowDays),
                now.getOrDefault(FIRST_WARNING_MONTHS, firstWarningMonths),
                now.getOrDefault(FINAL_WARNING_MONTHS, finalWarningMonths));
    }
}
