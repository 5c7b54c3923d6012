package uk.tidemark.app.web.page;

import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;
import uk.tidemark.app.audit.AuditUnavailableException;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.refusal.ForbiddenException;
import uk.tidemark.app.web.problem.MessageFreeTrace;
import uk.tidemark.app.refusal.NotFoundException;
import uk.tidemark.kernel.SubjectOfCaseException;

import java.util.List;

/**
 * What every {@link WebPage} view gets (the signed-in user, their menu, the path for the menu's current entry), and
 * how a page's failure is answered: as a page with the status the API would give. Ordered before the API's
 * exception handler, which would otherwise answer a page with JSON. A refused action is not handled here: the
 * page that took the form shows the refusal beside it ({@link PageActions}).
 */
@ControllerAdvice(annotations = WebPage.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageAdvice {

    private static final Logger log = LoggerFactory.getLogger(PageAdvice.class);

    @ModelAttribute("me")
    TidemarkUser me(@AuthenticationPrincipal TidemarkUser user) {
        return user;
    }

    @ModelAttribute("navigation")
    List<Navigation.Link> navigation(@AuthenticationPrincipal TidemarkUser user) {
        return Navigation.linksFor(user);
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }

    /** Unknown and invisible alike, in the API's words: a page never tells whether a case exists. */
    @ExceptionHandler({NotFoundException.class, SubjectOfCaseException.class, AggregateNotFoundException.class})
    ModelAndView notFound(Exception ex, @AuthenticationPrincipal TidemarkUser user, HttpServletRequest request) {
        String detail = ex instanceof NotFoundException ? ex.getMessage() : "There is nothing at this address.";
        return error(HttpStatus.NOT_FOUND, "Page not found", detail, user, request);
    }

    @ExceptionHandler({ForbiddenException.class, AccessDeniedException.class})
    ModelAndView forbidden(Exception ex, @AuthenticationPrincipal TidemarkUser user, HttpServletRequest request) {
        String detail = ex instanceof ForbiddenException ? ex.getMessage() : "Your role does not allow this.";
        return error(HttpStatus.FORBIDDEN, "You cannot do this", detail, user, request);
    }

    @ExceptionHandler(CommandExecutionException.class)
    ModelAndView wrapped(CommandExecutionException ex, @AuthenticationPrincipal TidemarkUser user,
                         HttpServletRequest request) {
        if (ex.getCause() instanceof SubjectOfCaseException || ex.getCause() instanceof AggregateNotFoundException) {
            return notFound((Exception) ex.getCause(), user, request);
        }
        return unexpected(ex, user, request);
    }

    /**
     * The audit trail could not record a read (500) or a change, which was then not made (503): said as the API
     * says it, on a page.
     */
    @ExceptionHandler(AuditUnavailableException.class)
    ModelAndView auditUnavailable(AuditUnavailableException ex, @AuthenticationPrincipal TidemarkUser user,
                                  HttpServletRequest request) {
        log.error("Audit trail unavailable; refused the page {} {}: {}", request.getMethod(), request.getRequestURI(),
                ex.causeType());
        return error(HttpStatus.valueOf(ex.status()), "Sorry, this could not be done now",
                AuditUnavailableException.DETAIL, user, request);
    }

    /** Logged without its message, which may carry personal data (as the API's handler does). */
    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception ex, @AuthenticationPrincipal TidemarkUser user, HttpServletRequest request) {
        log.error("Unexpected failure answering the page {} {}: {}", request.getMethod(), request.getRequestURI(),
                MessageFreeTrace.of(ex));
        return error(HttpStatus.INTERNAL_SERVER_ERROR, "Sorry, something went wrong",
                "Nothing was changed. Try again; if it happens again, tell your administrator the time it happened.",
                user, request);
    }

    private static ModelAndView error(HttpStatus status, String title, String detail, TidemarkUser user,
                                      HttpServletRequest request) {
        ModelAndView page = new ModelAndView("error/page");
        page.setStatus(status);
        page.addObject("title", title);
        page.addObject("detail", detail);
        page.addObject("status", status.value());
        page.addObject("me", user);
        page.addObject("navigation", Navigation.linksFor(user));
        page.addObject("currentPath", request.getRequestURI());
        return page;
    }
}
