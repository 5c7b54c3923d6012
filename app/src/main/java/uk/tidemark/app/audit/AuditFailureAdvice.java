package uk.tidemark.app.audit;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.net.URI;

/**
 * A read whose audit entry could not be written answers 500 with a problem detail and no data (fail closed).
 * Ahead of the general handler, which would answer the same status with a vaguer sentence.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class AuditFailureAdvice {

    static final String DETAIL = "This could not be recorded in the audit trail, so it was not done. "
            + "Try again, and tell your administrator if it happens again.";

    private static final Logger log = LoggerFactory.getLogger(AuditFailureAdvice.class);

    @ExceptionHandler(AuditUnavailableException.class)
    ResponseEntity<ProblemDetail> unavailable(AuditUnavailableException ex, HttpServletRequest request) {
        log.error("Audit trail unavailable; refused {}: {}", AuditRequests.endpoint(request), ex.causeType());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, DETAIL);
        problem.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.internalServerError().body(problem);
    }
}
