package uk.tidemark.app.web.page;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.springframework.stereotype.Component;
import uk.tidemark.app.web.problem.ApiExceptionHandler;
import uk.tidemark.app.refusal.FieldProblem;
import uk.tidemark.app.refusal.InvalidRequestException;
import uk.tidemark.kernel.RefusedCommandException;
import uk.tidemark.kernel.time.DateRefusedException;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Runs a page's action through the API controller it puts a form over, and turns the API's refusals into what the
 * page shows beside the form: the fields' problems (the 400's), or the sentence of a refused transition or a
 * concurrent change (the 409's). A 404 or 403 is not caught: {@link PageAdvice} answers those as pages.
 */
@Component
public class PageActions {

    /** How an action went: done (with what it returned), or refused with a form to show again. */
    public record Outcome<T>(T result, Form form) {
        public boolean done() {
            return form == null;
        }
    }

    /**
     * Binds the submitted form into the API's request type and, if it is valid, runs the action with it. A form
     * with problems never reaches the action: nothing is sent.
     */
    public <R, T> Outcome<T> submit(PageForms forms, String formName, Map<String, String> submitted, Class<R> type,
                                    java.util.function.Function<R, T> action) {
        PageForms.Bound<R> bound = forms.bind(submitted, type);
        if (!bound.ok()) {
            return new Outcome<>(null, new Form(formName, submitted, bound.errors(), null));
        }
        return run(formName, submitted, () -> action.apply(bound.value()));
    }

    public <T> Outcome<T> run(String formName, Map<String, String> submitted, Supplier<T> action) {
        try {
            return new Outcome<>(action.get(), null);
        } catch (InvalidRequestException invalid) {
            return refused(formName, submitted, invalid.errors(), null);
        } catch (DateRefusedException date) {
            return refused(formName, submitted, List.of(new FieldProblem(date.field(), date.detail())), null);
        } catch (RefusedCommandException refusal) {
            return refused(formName, submitted, List.of(), refusal.getMessage());
        } catch (ConflictingModificationException | ConcurrencyException | AggregateStreamCreationException stale) {
            return refused(formName, submitted, List.of(), ApiExceptionHandler.STALE);
        } catch (CommandExecutionException wrapped) {
            if (wrapped.getCause() instanceof DateRefusedException date) {
                return refused(formName, submitted, List.of(new FieldProblem(date.field(), date.detail())), null);
            }
            if (wrapped.getCause() instanceof RefusedCommandException refusal) {
                return refused(formName, submitted, List.of(), refusal.getMessage());
            }
            if (wrapped.getCause() instanceof ConflictingModificationException
                    || wrapped.getCause() instanceof ConcurrencyException) {
                return refused(formName, submitted, List.of(), ApiExceptionHandler.STALE);
            }
            throw wrapped;
        }
    }

    private static <T> Outcome<T> refused(String formName, Map<String, String> submitted, List<FieldProblem> errors,
                                          String refusal) {
        return new Outcome<>(null, new Form(formName, submitted, errors, refusal));
    }
}
