package uk.tidemark.app.refusal;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import java.net.URI;

/**
 * The one way Tidemark's own code makes a problem detail (RFC 9457): the status, the sentence for a person, the
 * {@code type} the API description requires ({@code about:blank}, decision 0034) and, when the request is known,
 * its path as the {@code instance}. The exception handlers, the security entry points, the idempotency filter and
 * the audit-failure advice all answer through it, so that every error answer carries the same fields (the security
 * chain's refusals leave out the instance on purpose, see {@link #of}).
 */
public final class Problems {

    private static final URI ABOUT_BLANK = URI.create("about:blank");

    private Problems() {
    }

    /** The problem with {@code about:blank} as its type when it has none. */
    public static ProblemDetail typed(ProblemDetail problem) {
        if (problem.getType() == null) {
            problem.setType(ABOUT_BLANK);
        }
        return problem;
    }

    /**
     * A problem for {@code request}: its path becomes the instance. With {@code request} null, none: what the
     * security filter chain refuses echoes nothing of the address it refused (it may name a case).
     */
    public static ProblemDetail of(HttpStatus status, String detail, HttpServletRequest request) {
        ProblemDetail problem = typed(ProblemDetail.forStatusAndDetail(status, detail));
        if (request != null) {
            problem.setInstance(URI.create(request.getRequestURI()));
        }
        return problem;
    }
}
