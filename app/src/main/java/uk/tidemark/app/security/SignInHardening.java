package uk.tidemark.app.security;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import uk.tidemark.app.security.lockout.AddressLimitProperties;
import uk.tidemark.app.security.lockout.LockoutProperties;
import uk.tidemark.app.security.oidc.OidcProperties;
import uk.tidemark.app.security.session.SessionProperties;
import uk.tidemark.app.security.session.SessionTimeouts;
import uk.tidemark.app.security.totp.TotpProperties;

/**
 * The sign-in hardening's settings and the parts of it that sit outside {@link LocalSignIn}: session timeouts,
 * and the response headers both filter chains send (decision 0013).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({TotpProperties.class, LockoutProperties.class, AddressLimitProperties.class,
        SessionProperties.class, OidcProperties.class})
public class SignInHardening {

    /**
     * For server-rendered pages that load their scripts and styles from Tidemark itself and have no inline
     * script: nothing from elsewhere, no plugins, no framing, forms post only to Tidemark.
     */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /** Before Spring Security's filters, so that an ended session is gone before the security context is read. */
    @Bean
    FilterRegistrationBean<SessionTimeouts> sessionTimeouts(SessionProperties properties) {
        FilterRegistrationBean<SessionTimeouts> registration = new FilterRegistrationBean<>(new SessionTimeouts(properties));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
    }

    /**
     * The security headers of every response. Spring Security's defaults stay (X-Content-Type-Options nosniff,
     * {@code Cache-Control: no-cache, no-store, max-age=0, must-revalidate}, so no API answer carrying case data
     * is ever cached, and HSTS on requests that arrived over TLS, which behind a proxy is what
     * X-Forwarded-Proto says through {@code server.forward-headers-strategy}); added or pinned here: the
     * content security policy, frame denial and the referrer policy.
     */
    public static void headers(HttpSecurity http) throws Exception {
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)));
    }

    /**
     * What a refused API sign-in says: the generic words, unless the password was right and a code is wanted, or
     * the client's address has used up its failed sign-ins.
     */
    public static String apiSignInAdvice(AuthenticationException refusal) {
        if (refusal instanceof SignInThrottled throttled) {
            return throttled.advice();
        }
        return refusal instanceof SecondFactorNeeded needed ? needed.advice() : "Sign in to use the API.";
    }
}
