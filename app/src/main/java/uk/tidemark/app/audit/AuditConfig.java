package uk.tidemark.app.audit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The audit trail's wiring into Axon and Spring MVC. */
@Configuration(proxyBeanMethods = false)
class AuditConfig implements WebMvcConfigurer {

    private final AccessAudit accessAudit;

    AuditConfig(AccessAudit accessAudit) {
        this.accessAudit = accessAudit;
    }

    /**
     * An event the auditor could not record is retried, never skipped: Axon's default for a handler's exception is
     * to log it and move on, which would leave an event out of the trail.
     */
    @Bean
    ConfigurerModule auditRetriesFailures() {
        return configurer -> configurer.eventProcessing().registerListenerInvocationErrorHandler(
                EventAuditor.PROCESSING_GROUP, configuration -> PropagatingErrorHandler.instance());
    }

    /**
     * Every 403 a controller answers (a {@code ForbiddenException}, Spring Security's {@code AccessDeniedException})
     * is an access denial, recorded once the answer is known unless the code that refused recorded it already. The
     * security chain's own 403s are recorded by its access-denied handler (SecurityConfig).
     */
    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
                                        Exception ex) {
                if (response.getStatus() == HttpStatus.FORBIDDEN.value()) {
                    accessAudit.forbidden(request);
                }
            }
        });
    }
}
