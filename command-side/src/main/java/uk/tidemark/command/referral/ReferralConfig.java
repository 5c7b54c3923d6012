package uk.tidemark.command.referral;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A referral that failed for a reason that may pass (the store briefly unavailable) must be retried, not lost:
 * Axon's default for an event handler's exception is to log it and move on. Propagating it makes the processor
 * release its segment and try the referral again after a back-off.
 */
@Configuration(proxyBeanMethods = false)
public class ReferralConfig {

    @Bean
    ConfigurerModule referralsRetryFailures() {
        return configurer -> configurer.eventProcessing().registerListenerInvocationErrorHandler(
                ReferralPolicy.PROCESSING_GROUP, configuration -> PropagatingErrorHandler.instance());
    }
}
