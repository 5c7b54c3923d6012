package uk.tidemark.app.web.audit;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import uk.tidemark.app.refusal.Problems;
import uk.tidemark.app.audit.AuditRequests;
import uk.tidemark.app.audit.AuditUnavailableException;

/**
 * A read whose audit entry could not be written answers 500 with a problem detail and no data (fail closed); an
 * administrator's change whose entry could not be written was rolled back and answers 503. Ahead of the general
 * handler, which would answer 500 with a vaguer sentence. API controllers only: a page answers the same status as a
 * page ({@code PageAdvice}).
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class AuditFailureAdvice {

    static final String DETAIL = AuditUnavailableException.DETAIL;

    private static final Logger log = LoggerFactory.getLogger(AuditFailureAdvice.class);

    @ExceptionHandler(AuditUnavailableException.class)
    ResponseEntity<ProblemDetail> unavailable(AuditUnavailableException ex, HttpServletRequest request) {
        log.error("Audit trail unavailable; refused {}: {}", AuditRequests.endpoint(request), ex.causeType());
        HttpStatus status = HttpStatus.valueOf(ex.status());
        return ResponseEntity.status(status).body(Problems.of(status, DETAIL, request));
    }
}
