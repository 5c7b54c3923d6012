package uk.tidemark.command.lowlevel;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;
import uk.tidemark.command.deadline.TimescaleOverrides;

import java.util.Map;

/** Command-side wiring of the low-level concerns: the pattern and the review timescale, per command. */
@Configuration(proxyBeanMethods = false)
public class LowLevelConcernCommandConfig {

    public static final String THRESHOLD = "tidemark.low-level-concerns.review-threshold";
    public static final String WINDOW_MONTHS = "tidemark.low-level-concerns.review-window-months";
    public static final String REVIEW_DAYS = "tidemark.low-level-concerns.review-days";

    @Bean
    @Scope(BeanDefinition.SCOPE_PROTOTYPE)
    LowLevelConcernTimescales lowLevelConcernTimescales(@Value("${" + THRESHOLD + ":3}") int threshold,
                                                        @Value("${" + WINDOW_MONTHS + ":12}") int windowMonths,
                                                        @Value("${" + REVIEW_DAYS + ":5}") int reviewDays,
                                                        ObjectProvider<TimescaleOverrides> overrides) {
        Map<String, Integer> now = overrides.getIfAvailable(() -> TimescaleOverrides.NONE).current();
        return new LowLevelConcernTimescales(now.getOrDefault(THRESHOLD, threshold),
                now.getOrDefault(WINDOW_MONTHS, windowMonths), now.getOrDefault(REVIEW_DAYS, reviewDays));
    }
}
