package uk.tidemark.app.security;

import tools.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import uk.tidemark.app.audit.AccessAudit;
import uk.tidemark.app.audit.AccountAudit;
import uk.tidemark.app.security.password.PasswordChangeFirst;
import uk.tidemark.app.account.AccountVersions;
import uk.tidemark.app.security.session.EndSessionsOfChangedAccounts;

import uk.tidemark.app.security.oidc.OidcSignIn;
import uk.tidemark.app.refusal.Problems;
import uk.tidemark.app.account.Role;

import java.io.IOException;
import java.util.Map;
import java.util.List;

/**
 * Two filter chains: the API (HTTP Basic, problem-details for 401/403, and proof of intent for a state-changing
 * request signed in by the session cookie alone: {@link ApiIntent}) and the pages (form sign-in with CSRF
 * protection, and OIDC sign-in when a provider is configured; every redirect a relative path,
 * {@link RelativeRedirects}). Local sign-ins go through {@link LocalSignIn} (lock-out, second factor); the
 * headers and session timeouts are {@link SignInHardening}'s.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfig {

    /** What the API answers a user who must change the password an administrator gave them (decision 0024). */
    static final String PASSWORD_FIRST = "Change your password first: the one you were given was for your first "
            + "sign-in only. POST /api/me/password with {\"currentPassword\", \"newPassword\"}.";

    private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ObjectMapper json, AccessAudit accessAudit, AccountVersions versions,
                            AccountAudit accountAudit, PublicAddress publicAddress) throws Exception {
        AccessDeniedHandler forbidden = (req, res, e) -> {
            accessAudit.forbidden(req);
            problem(res, json, HttpStatus.FORBIDDEN, ApiIntent.refusal(e), false);
        };
        // decision 0024: a session whose account changed ends at its next request; a password handed out by an
        // administrator must be changed before anything but the change itself and "who am I"
        http.addFilterAfter(new EndSessionsOfChangedAccounts(versions, accountAudit, "API",
                        (req, res, why) -> problem(res, json, HttpStatus.UNAUTHORIZED, why.words(), true)),
                HeaderWriterFilter.class);
        http.addFilterBefore(new PasswordChangeFirst(List.of(PATHS.matcher(HttpMethod.GET, "/api/me"),
                        PATHS.matcher(HttpMethod.POST, "/api/me/password")),
                        (req, res) -> problem(res, json, HttpStatus.FORBIDDEN, PASSWORD_FIRST, false)),
                AuthorizationFilter.class);
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/api/admin/**").hasRole(Role.ADMIN.name())
                        .requestMatchers("/api/incidents", "/api/incidents/**", "/api/roster", "/api/categories")
                        .hasAnyRole(Role.STAFF.name(), Role.DSL.name(), Role.DEPUTY_DSL.name(), Role.HR.name(),
                                Role.HEADTEACHER.name())
                        .requestMatchers("/api/disciplinary-cases", "/api/disciplinary-cases/**", "/api/hr-register")
                        .hasAnyRole(Role.HR.name(), Role.HEADTEACHER.name())
                        .requestMatchers("/api/people/**")
                        .hasAnyRole(Role.DSL.name(), Role.DEPUTY_DSL.name(), Role.HEADTEACHER.name())
                        .requestMatchers("/api/complaints", "/api/complaints/**")
                        .hasAnyRole(Role.DSL.name(), Role.DEPUTY_DSL.name(), Role.HEADTEACHER.name())
                        // the audit trail: administrators all of it (it holds no case content), case workers their cases'
                        .requestMatchers("/api/audit", "/api/audit/**")
                        .hasAnyRole(Role.DSL.name(), Role.DEPUTY_DSL.name(), Role.HEADTEACHER.name(), Role.ADMIN.name())
                        // the quarterly report: counts only; trustees for the trust, the others for their settings;
                        // publishing a quarter's (issue 17) is for a DSL or headteacher, who answer for it
                        .requestMatchers(HttpMethod.POST, "/api/reports/quarterly/publications")
                        .hasAnyRole(Role.DSL.name(), Role.HEADTEACHER.name())
                        .requestMatchers("/api/reports/**")
                        .hasAnyRole(Role.TRUSTEE.name(), Role.HEADTEACHER.name(), Role.DSL.name(), Role.DEPUTY_DSL.name())
                        // case roles waiting for a second person: the setting's headteacher, another administrator
                        .requestMatchers("/api/role-grants", "/api/role-grants/**")
                        .hasAnyRole(Role.HEADTEACHER.name(), Role.ADMIN.name())
                        .requestMatchers("/api/deadlines", "/api/deadlines/**")
                        .hasAnyRole(Role.DSL.name(), Role.DEPUTY_DSL.name(), Role.HR.name(),
                                Role.HEADTEACHER.name())
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic
                        // carries the X-Tidemark-Totp header to LocalSignIn
                        .authenticationDetailsSource(ApiSignInDetails::new)
                        // keep the authentication in the session so that a client signs in (BCrypt) once,
                        // then rides the HttpOnly session cookie (under a new session id)
                        .securityContextRepository(new DelegatingSecurityContextRepository(
                                new RequestAttributeSecurityContextRepository(),
                                new NewSessionIdOnSignIn()))
                        .authenticationEntryPoint((req, res, e) -> {
                            if (e instanceof SignInThrottled throttled) { // the address's limit: 429, not a challenge
                                res.setHeader("Retry-After", Long.toString(throttled.retryAfter().toSeconds()));
                                problem(res, json, HttpStatus.TOO_MANY_REQUESTS, throttled.advice(), false);
                            } else {
                                problem(res, json, HttpStatus.UNAUTHORIZED, SignInHardening.apiSignInAdvice(e), true);
                            }
                        }))
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint((req, res, e) ->
                                problem(res, json, HttpStatus.UNAUTHORIZED, "Sign in to use the API.", true))
                        .accessDeniedHandler(forbidden))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED)
                        .sessionFixation(f -> f.changeSessionId()))
                .requestCache(cache -> cache.disable())
                // a state-changing request riding the session cookie alone needs the page's token (the same
                // session-held token the pages use) unless it sends X-Tidemark-Client (decision 0028)
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(ApiIntent.needsCsrfToken()))
                .addFilterBefore(new ApiIntent.CrossSiteWrites(publicAddress, forbidden), CsrfFilter.class);
        SignInHardening.headers(http);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, SecondFactorSignIn secondFactor,
                              ObjectProvider<ClientRegistrationRepository> oidcProviders, OidcSignIn oidc,
                              AccessAudit accessAudit, AccountVersions versions, AccountAudit accountAudit)
            throws Exception {
        http.addFilterAfter(new EndSessionsOfChangedAccounts(versions, accountAudit, "PAGE",
                        (req, res, why) -> res.sendRedirect(req.getContextPath() + "/login?ended=" + why.slug())),
                HeaderWriterFilter.class);
        // the recovery codes too: the set-up of the second factor, before the change, shows them once (decision 0031)
        http.addFilterBefore(new PasswordChangeFirst(List.of(PATHS.matcher("/account/password"),
                        PATHS.matcher("/account/recovery-codes"), PATHS.matcher("/account/recovery-codes/new"),
                        PATHS.matcher("/webjars/**"), PATHS.matcher("/css/**"), PATHS.matcher("/js/**"),
                        PATHS.matcher("/favicon.svg"), PATHS.matcher("/error"), PATHS.matcher("/login")),
                        (req, res) -> res.sendRedirect(req.getContextPath() + "/account/password")),
                AuthorizationFilter.class);
        http.authorizeHttpRequests(auth -> auth
                        // the actuator is on the management port, on loopback (decision 0028); on the application
                        // port only /actuator/health answers, and the rest is an unknown address (404), not a sign-in
                        .requestMatchers("/actuator/**").permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/login", "/error").permitAll()
                        // the pages' own styles, scripts and icon: the sign-in page needs them before sign-in
                        .requestMatchers("/webjars/**", "/css/**", "/js/**", "/favicon.svg").permitAll()
                        // the pages follow the API's rules; each page also calls the API's checks (CaseGate, ...)
                        .requestMatchers("/admin", "/admin/**").hasRole(Role.ADMIN.name())
                        .requestMatchers("/concerns/**").hasAnyRole(Role.STAFF.name(), Role.DSL.name(),
                                Role.DEPUTY_DSL.name(), Role.HR.name(), Role.HEADTEACHER.name())
                        .requestMatchers("/cases", "/cases/**", "/people/**", "/complaints", "/complaints/**")
                        .hasAnyRole(Role.DSL.name(), Role.DEPUTY_DSL.name(), Role.HEADTEACHER.name())
                        .requestMatchers("/hr", "/hr/**").hasAnyRole(Role.HR.name(), Role.HEADTEACHER.name())
                        .requestMatchers("/deadlines", "/deadlines/**").hasAnyRole(Role.DSL.name(),
                                Role.DEPUTY_DSL.name(), Role.HR.name(), Role.HEADTEACHER.name())
                        .requestMatchers("/role-grants", "/role-grants/**").hasAnyRole(Role.HEADTEACHER.name(),
                                Role.ADMIN.name())
                        .requestMatchers("/audit", "/audit/**").hasAnyRole(Role.DSL.name(), Role.DEPUTY_DSL.name(),
                                Role.HEADTEACHER.name(), Role.ADMIN.name())
                        .requestMatchers("/reports/quarterly/publish").hasAnyRole(Role.DSL.name(),
                                Role.HEADTEACHER.name())
                        .requestMatchers("/reports", "/reports/**").hasAnyRole(Role.TRUSTEE.name(), Role.DSL.name(),
                                Role.DEPUTY_DSL.name(), Role.HEADTEACHER.name())
                        // the TOTP step: only a password-verified sign-in in the session gets anything from it
                        .requestMatchers(SecondFactorSignIn.CODE_PAGE).permitAll()
                        .anyRequest().authenticated())
                // home, or the TOTP step for accounts that need one
                .formLogin(form -> form.loginPage("/login").successHandler(secondFactor)
                        // the optional code field and the client's address, for LocalSignIn (decision 0025)
                        .authenticationDetailsSource(FormSignInDetails::new)
                        .failureHandler(signInRefused()))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .exceptionHandling(ex -> ex
                        // to /login as a path: Spring's default builds an absolute address from the Host header
                        .authenticationEntryPoint(signInPage())
                        .accessDeniedHandler((req, res, e) -> {
                            accessAudit.forbidden(req); // a refused form (no CSRF token, ...) is a denial too
                            new AccessDeniedHandlerImpl().handle(req, res, e);
                        }))
                .sessionManagement(s -> s.sessionFixation(f -> f.newSession()));
        if (oidcProviders.getIfAvailable() != null) {
            // OIDC sign-in is on when a spring.security.oauth2.client.registration is configured (decision 0013)
            SavedRequestAwareAuthenticationSuccessHandler onward = new SavedRequestAwareAuthenticationSuccessHandler();
            onward.setRedirectStrategy(RelativeRedirects.INSTANCE);
            http.oauth2Login(login -> login.loginPage("/login").successHandler(onward)
                    .userInfoEndpoint(info -> info.oidcUserService(oidc)));
        }
        SignInHardening.headers(http);
        return http.build();
    }

    /** The sign-in page, as a path. */
    private static LoginUrlAuthenticationEntryPoint signInPage() {
        LoginUrlAuthenticationEntryPoint entryPoint = new LoginUrlAuthenticationEntryPoint("/login");
        entryPoint.setFavorRelativeUris(true);
        return entryPoint;
    }

    /** A refused form sign-in: the sign-in page's error, or its words for a limited address. */
    private static AuthenticationFailureHandler signInRefused() {
        ExceptionMappingAuthenticationFailureHandler refused = new ExceptionMappingAuthenticationFailureHandler();
        refused.setDefaultFailureUrl("/login?error");
        refused.setExceptionMappings(Map.of(SignInThrottled.class.getName(), "/login?throttled"));
        return refused;
    }

    /**
     * A URL that Spring Security's firewall rejects (encoded dots or slashes, ...) is answered as a problem
     * detail like every other error, instead of the servlet container's default error body.
     */
    @Bean
    RequestRejectedHandler requestRejectedHandler(ObjectMapper json) {
        return (req, res, e) -> problem(res, json, HttpStatus.BAD_REQUEST, "This address is not allowed.", false);
    }

    /**
     * A refusal of the filter chain (sign-in needed, role refused, too many attempts, address rejected): no
     * {@code instance}, so that a refused request gets back nothing of what it named, not even a case's id.
     */
    private static void problem(HttpServletResponse res, ObjectMapper json, HttpStatus status, String detail,
                                boolean challenge) throws IOException {
        ProblemDetail problem = Problems.of(status, detail, null);
        if (challenge) {
            res.setHeader("WWW-Authenticate", "Basic realm=\"Tidemark\"");
        }
        res.setStatus(status.value());
        res.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(res.getOutputStream(), problem);
    }
}
