package uk.tidemark.app.audit;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.HandlerMapping;

import java.util.Optional;

/** What the audit trail says about the current request: its method and endpoint, never its query or body. */
public final class AuditRequests {

    /** Set once a READ entry has been written for the request. */
    public static final String READ_RECORDED = AuditRequests.class.getName() + ".read";
    /** Set once an ACCESS_DENIED entry has been written for the request. */
    static final String DENIAL_RECORDED = AuditRequests.class.getName() + ".denied";

    private AuditRequests() {
    }

    public static Optional<HttpServletRequest> current() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? Optional.of(attributes.getRequest()) : Optional.empty();
    }

    /**
     * {@code GET /api/incidents/{id}}: the method and the mapping's pattern, so that entries of one endpoint read
     * alike; the path itself (without the query) where no handler was matched yet.
     */
    public static String endpoint(HttpServletRequest request) {
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        String path = pattern != null ? pattern.toString() : request.getRequestURI();
        return request.getMethod() + " " + path;
    }

    static String endpoint() {
        return current().map(AuditRequests::endpoint).orElse("(no request)");
    }

    static void mark(String attribute) {
        current().ifPresent(r -> r.setAttribute(attribute, Boolean.TRUE));
    }

    public static boolean marked(HttpServletRequest request, String attribute) {
        return Boolean.TRUE.equals(request.getAttribute(attribute));
    }
}
