package uk.tidemark.app.web.problem;

import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.beans.TypeMismatchException;
import uk.tidemark.kernel.RefusedCommandException;
import uk.tidemark.kernel.SubjectOfCaseException;
import uk.tidemark.kernel.time.DateRefusedException;
import uk.tidemark.app.refusal.FieldProblem;
import uk.tidemark.app.refusal.InvalidRequestException;
import uk.tidemark.app.refusal.ForbiddenException;
import uk.tidemark.app.refusal.NotFoundException;
import uk.tidemark.app.refusal.Problems;
import uk.tidemark.app.evidence.FileRefusedException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

import java.util.ArrayList;
import java.util.List;

/**
 * Every API error as an RFC 9457 problem detail ({@code application/problem+json}). Spring's base class
 * already answers 405, 415 and the other protocol errors that way; this adds the 400 {@code errors} list, the
 * domain's 404/409 and a generic 500. No answer carries a stack trace, an exception message from a library or
 * a Java class name; the 409 detail of a refused command is the aggregate's own sentence, written for a DSL.
 */
@RestControllerAdvice
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    static final String INVALID = "The request has invalid fields; see errors.";
    public static final String STALE = "This case has changed since you loaded it; reload and try again.";
    static final String NOTHING_HERE = "There is nothing at this address.";
    static final String TOO_LARGE_TO_READ = "The upload is too large: send one file at a time, each smaller than the "
            + "limit for evidence files.";
    /** The words of an unknown incident id (web.incident.CaseAccess says the same). */
    static final String NO_SUCH_CASE = "There is no case with this id.";
    static final String UNEXPECTED = "Something went wrong on our side and the request may not have been "
            + "completed. Reload to check, and tell your administrator if it happens again.";

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(InvalidRequestException.class)
    ResponseEntity<Object> invalid(InvalidRequestException ex, WebRequest request) {
        return badRequest(ex.errors(), request);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Object> notFound(NotFoundException ex, WebRequest request) {
        return problem(HttpStatus.NOT_FOUND, ex.getMessage(), request);
    }

    @ExceptionHandler(ForbiddenException.class)
    ResponseEntity<Object> forbidden(ForbiddenException ex, WebRequest request) {
        return problem(HttpStatus.FORBIDDEN, ex.getMessage(), request);
    }

    @ExceptionHandler(RefusedCommandException.class)
    ResponseEntity<Object> refused(RefusedCommandException ex, WebRequest request) {
        if (ex instanceof DateRefusedException date) {
            return dateRefused(date, request);
        }
        return problem(HttpStatus.CONFLICT, ex.getMessage(), request);
    }

    /**
     * A date the case refused (outside the window, or before a step it must follow): bad input, named by its field,
     * which is the request's field of the same name. The web's own rules refuse these first; this is the backstop.
     */
    @ExceptionHandler(DateRefusedException.class)
    ResponseEntity<Object> dateRefused(DateRefusedException ex, WebRequest request) {
        return badRequest(List.of(new FieldProblem(ex.field(), ex.detail())), request);
    }

    /** An upload that is not kept: too large (413), not an accepted type (415), or empty (the field's 400). */
    @ExceptionHandler(FileRefusedException.class)
    ResponseEntity<Object> fileRefused(FileRefusedException ex, WebRequest request) {
        return switch (ex.reason()) {
            case TOO_LARGE -> problem(HttpStatus.CONTENT_TOO_LARGE, ex.detail(), request);
            case TYPE_NOT_ACCEPTED -> problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, ex.detail(), request);
            case EMPTY -> badRequest(List.of(new FieldProblem("file", ex.detail())), request);
        };
    }

    /** A stale If-Match, or another writer who got in first: the same advice for the user either way. */
    @ExceptionHandler({ConflictingModificationException.class, ConcurrencyException.class,
            AggregateStreamCreationException.class})
    ResponseEntity<Object> conflict(Exception ex, WebRequest request) {
        return problem(HttpStatus.CONFLICT, STALE, request);
    }

    /** The locator found the case but the repository did not: answered like any unknown id. */
    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<Object> aggregateNotFound(AggregateNotFoundException ex, WebRequest request) {
        return problem(HttpStatus.NOT_FOUND, NO_SUCH_CASE, request);
    }

    /**
     * A subject of the case sent a command the web checks let through (a link made a moment before): to them
     * the case does not exist, so the answer is word for word the unknown id's.
     */
    @ExceptionHandler(SubjectOfCaseException.class)
    ResponseEntity<Object> subjectOfCase(SubjectOfCaseException ex, WebRequest request) {
        return problem(HttpStatus.NOT_FOUND, NO_SUCH_CASE, request);
    }

    /** Defensive: a command bus that wraps the handler's exception (a distributed one does). */
    @ExceptionHandler(CommandExecutionException.class)
    ResponseEntity<Object> wrapped(CommandExecutionException ex, WebRequest request) throws Exception {
        Throwable cause = ex.getCause();
        if (cause instanceof RefusedCommandException refusal) {
            return refused(refusal, request);
        }
        if (cause instanceof ConflictingModificationException || cause instanceof ConcurrencyException
                || cause instanceof AggregateStreamCreationException) {
            return conflict((Exception) cause, request);
        }
        if (cause instanceof AggregateNotFoundException missing) {
            return aggregateNotFound(missing, request);
        }
        if (cause instanceof SubjectOfCaseException subject) {
            return subjectOfCase(subject, request);
        }
        return unexpected(ex, request);
    }

    @ExceptionHandler(org.springframework.security.access.AccessDeniedException.class)
    ResponseEntity<Object> denied(Exception ex, WebRequest request) {
        return problem(HttpStatus.FORBIDDEN, "Your role does not allow this.", request);
    }

    /**
     * Neither the request body nor any exception message is logged: both can carry personal data about
     * children and staff (see {@link MessageFreeTrace}).
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception ex, WebRequest request) {
        HttpServletRequest servlet = ((ServletWebRequest) request).getRequest();
        log.error("Unexpected failure answering {} {}: {}", servlet.getMethod(), servlet.getRequestURI(),
                MessageFreeTrace.of(ex));
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, UNEXPECTED, request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return badRequest(FieldProblems.of(ex.getBindingResult()), request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        for (ParameterValidationResult result : ex.getParameterValidationResults()) {
            String name = result.getMethodParameter().getParameterName();
            result.getResolvableErrors().forEach(e -> errors.add(new FieldProblem(name, e.getDefaultMessage())));
        }
        return badRequest(errors, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        byte[] body = (byte[]) request.getAttribute(RequestBodyKeeper.ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        return badRequest(JsonReadProblems.all(ex, body), request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String field = ex instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName()
                : ex.getPropertyName();
        return badRequest(List.of(new FieldProblem(field,
                "must be " + JsonReadProblems.expected(ex.getRequiredType()) + ".")), request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return badRequest(List.of(new FieldProblem(ex.getParameterName(), "is required.")), request);
    }

    @Override
    protected ResponseEntity<Object> handleServletRequestBindingException(
            org.springframework.web.bind.ServletRequestBindingException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        if (ex instanceof MissingRequestHeaderException missing) {
            return badRequest(List.of(new FieldProblem(missing.getHeaderName(), "is required.")), request);
        }
        return super.handleServletRequestBindingException(ex, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (wantsPage(request)) {
            return pageNotFound(request);
        }
        return problem(HttpStatus.NOT_FOUND, NOTHING_HERE, request);
    }

    /** A browser asking for a page outside the API: the error page (templates/error.html), not a problem. */
    private static boolean wantsPage(WebRequest request) {
        HttpServletRequest servlet = ((ServletWebRequest) request).getRequest();
        String accept = servlet.getHeader(HttpHeaders.ACCEPT);
        return !servlet.getRequestURI().startsWith("/api/") && accept != null && accept.contains("text/html");
    }

    private static ResponseEntity<Object> pageNotFound(WebRequest request) {
        try {
            ((ServletWebRequest) request).getResponse().sendError(HttpStatus.NOT_FOUND.value());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return null; // the container's error dispatch renders the page
    }

    @Override
    protected ResponseEntity<Object> handleNoHandlerFoundException(NoHandlerFoundException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return problem(HttpStatus.NOT_FOUND, NOTHING_HERE, request);
    }

    /** An upload larger than the server reads at all (spring.servlet.multipart limits): nothing of it was kept. */
    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, TOO_LARGE_TO_READ, request);
    }

    /** The client asked for a format we do not write: answer the problem anyway, in the one format we have. */
    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotAcceptable(HttpMediaTypeNotAcceptableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return problem(HttpStatus.NOT_ACCEPTABLE, "This address answers JSON only.", request);
    }

    private ResponseEntity<Object> badRequest(List<FieldProblem> errors, WebRequest request) {
        ProblemDetail body = detail(HttpStatus.BAD_REQUEST, INVALID, request);
        body.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(body);
    }

    private ResponseEntity<Object> problem(HttpStatus status, String detail, WebRequest request) {
        return ResponseEntity.status(status).body(detail(status, detail, request));
    }

    private static ProblemDetail detail(HttpStatus status, String detail, WebRequest request) {
        return Problems.of(status, detail,
                request instanceof ServletWebRequest servlet ? servlet.getRequest() : null);
    }
}
