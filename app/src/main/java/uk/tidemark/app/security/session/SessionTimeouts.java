package uk.tidemark.app.security.session;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Instant;

/**
 * Ends signed-in sessions that were idle too long or signed in too long ago. It runs before Spring Security
 * reads the session, so an ended session's request arrives as a signed-out one (401 on the API, the sign-in
 * page for a browser). Seconds, not the servlet container's minutes, so that the limits can be tested; the
 * container's own timeout is set to the idle timeout too, so that it frees the memory of abandoned sessions.
 * <p>
 * "Signed in at" is when this filter first sees a session holding a security context, at the end of the
 * request that signed in; sign-in makes a new session (or a new id for it), so the clock starts again.
 */
public class SessionTimeouts extends OncePerRequestFilter {

    static final String SIGNED_IN_AT = SessionTimeouts.class.getName() + ".SIGNED_IN_AT";
    static final String LAST_SEEN = SessionTimeouts.class.getName() + ".LAST_SEEN";

    private final SessionProperties properties;

    public SessionTimeouts(SessionProperties properties) {
        this.properties = properties;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        long now = Instant.now().toEpochMilli();
        if (session != null) {
            try {
                Long signedInAt = (Long) session.getAttribute(SIGNED_IN_AT);
                Long lastSeen = (Long) session.getAttribute(LAST_SEEN);
                if (signedInAt != null && (now - signedInAt >= properties.absoluteTimeout().toMillis()
                        || (lastSeen != null && now - lastSeen >= properties.idleTimeout().toMillis()))) {
                    session.invalidate();
                } else if (signedInAt != null) {
                    session.setAttribute(LAST_SEEN, now);
                }
            } catch (IllegalStateException alreadyInvalid) {
                // the container ended it meanwhile
            }
        }
        try {
            chain.doFilter(request, response);
        } finally {
            markSignedIn(request, now);
        }
    }

    private void markSignedIn(HttpServletRequest request, long now) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return;
        }
        try {
            if (session.getAttribute(SIGNED_IN_AT) == null && session.getAttribute(
                    HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) != null) {
                session.setAttribute(SIGNED_IN_AT, now);
                session.setAttribute(LAST_SEEN, now);
                session.setMaxInactiveInterval((int) Math.max(1, properties.idleTimeout().toSeconds()));
            }
        } catch (IllegalStateException invalidated) {
            // signed out during the request
        }
    }
}
