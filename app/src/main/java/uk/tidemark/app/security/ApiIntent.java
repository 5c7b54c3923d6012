package uk.tidemark.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Set;

/**
 * Proof of intent for the API's state-changing requests (POST, PUT, PATCH, DELETE; decision 0028). A browser sends
 * the session cookie with a request another site makes it send, so a request signed in by that cookie alone proves
 * nothing: it must also carry either
 * <ul>
 *   <li>the header {@value #CLIENT_HEADER} (any value, such as the client's name), which a cross-site form cannot
 *   send and a cross-site script cannot send without a CORS preflight that Tidemark never allows; this is what
 *   programmatic clients send, or</li>
 *   <li>Spring Security's CSRF token, as the pages have it, in {@code X-CSRF-TOKEN}: for a page's own script.</li>
 * </ul>
 * A request that brings its own credentials (HTTP Basic's {@code Authorization}) proves itself and is unchanged, as
 * is one with no signed-in session (it is answered 401). Independently of the credentials, a state-changing request
 * whose browser says it came from another site ({@code Sec-Fetch-Site} other than {@code same-origin} or
 * {@code none}, or an {@code Origin} other than Tidemark's own) is refused: browsers also remember Basic credentials
 * and send them with another site's form. Programmatic clients send neither header. Each refusal is a 403 problem
 * and an access-denial audit entry.
 */
final class ApiIntent {

    static final String CLIENT_HEADER = "X-Tidemark-Client";
    static final String NO_PROOF = "A request signed in by the session cookie must send the X-Tidemark-Client header "
            + "(or the page's CSRF token in X-CSRF-TOKEN), or sign in with HTTP Basic on the request itself.";
    static final String CROSS_SITE = "A request from another site may not change anything here.";

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private ApiIntent() {
    }

    /** Where CsrfFilter asks for the token: nothing else here proves the request was meant. */
    static RequestMatcher needsCsrfToken() {
        return request -> stateChanging(request) && !basicCredentials(request)
                && blank(request.getHeader(CLIENT_HEADER)) && signedInBySession(request);
    }

    /** The words of a 403 for an API request: why it was refused. */
    static String refusal(AccessDeniedException denied) {
        if (denied instanceof CsrfException) {
            return NO_PROOF;
        }
        if (denied instanceof CrossSite) {
            return CROSS_SITE;
        }
        return "Your role does not allow this.";
    }

    static boolean stateChanging(HttpServletRequest request) {
        return !SAFE.contains(request.getMethod());
    }

    /** HTTP Basic credentials on the request itself (any other scheme is no credential here). */
    private static boolean basicCredentials(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
    }

    private static boolean signedInBySession(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object context = session == null ? null
                : session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        return context instanceof SecurityContext signedIn && signedIn.getAuthentication() != null
                && signedIn.getAuthentication().isAuthenticated();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** The refusal of a request a browser says came from another site. */
    static final class CrossSite extends AccessDeniedException {
        CrossSite() {
            super(CROSS_SITE);
        }
    }

    /** Refuses a state-changing request that a browser says another site made (before any credentials are read). */
    static final class CrossSiteWrites extends OncePerRequestFilter {
        private final PublicAddress publicAddress;
        private final AccessDeniedHandler denied;

        CrossSiteWrites(PublicAddress publicAddress, AccessDeniedHandler denied) {
            this.publicAddress = publicAddress;
            this.denied = denied;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (stateChanging(request) && fromAnotherSite(request)) {
                denied.handle(request, response, new CrossSite());
                return;
            }
            chain.doFilter(request, response);
        }

        private boolean fromAnotherSite(HttpServletRequest request) {
            String fetchSite = request.getHeader("Sec-Fetch-Site");
            if (fetchSite != null && !fetchSite.equals("same-origin") && !fetchSite.equals("none")) {
                return true;
            }
            String origin = request.getHeader(HttpHeaders.ORIGIN);
            if (origin == null) {
                return false;
            }
            String own = publicAddress.origin().orElseGet(() -> PublicAddress.origin(request.getScheme(),
                    request.getServerName(), request.getServerPort()));
            return !origin.strip().equalsIgnoreCase(own);
        }
    }
}
