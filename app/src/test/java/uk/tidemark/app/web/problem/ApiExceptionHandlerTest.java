package uk.tidemark.app.web.problem;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.ServletWebRequest;
import uk.tidemark.kernel.RefusedCommandException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The answers that the HTTP tests cannot provoke on demand: an unexpected failure, another node's concurrent
 * write, and a command bus that wraps the aggregate's exception.
 */
class ApiExceptionHandlerTest {

    private final ApiExceptionHandler handler = new ApiExceptionHandler();
    private final ServletWebRequest request =
            new ServletWebRequest(new MockHttpServletRequest("POST", "/api/incidents/abc/notes"));

    @Test
    void anUnexpectedFailureIsAGeneric500ThatRevealsNothing() {
        ResponseEntity<Object> answer = handler.unexpected(
                new IllegalStateException("NullPointer in uk.tidemark.Foo for pupil Jane Doe"), request);
        ProblemDetail problem = (ProblemDetail) answer.getBody();
        assertThat(answer.getStatusCode().value()).isEqualTo(500);
        assertThat(problem.getDetail()).isEqualTo(ApiExceptionHandler.UNEXPECTED)
                .doesNotContain("Jane", "uk.tidemark", "Exception");
        assertThat(problem.getInstance()).hasToString("/api/incidents/abc/notes");
        assertThat(problem.getProperties()).isNull();
    }

    @Test
    void concurrentWritesAreConflictsWithTheReloadAdvice() {
        for (Exception ex : new Exception[]{new ConcurrencyException("seq 3 taken"),
                new AggregateStreamCreationException("exists"),
                new ConflictingAggregateVersionException("abc", 1, 2)}) {
            ResponseEntity<Object> answer = handler.conflict(ex, request);
            assertThat(answer.getStatusCode().value()).isEqualTo(409);
            assertThat(((ProblemDetail) answer.getBody()).getDetail()).isEqualTo(ApiExceptionHandler.STALE);
        }
    }

    @Test
    void aWrappedRefusalStillAnswersTheAggregatesSentence() throws Exception {
        String sentence = "This case is closed; reopen it before adding a note.";
        ResponseEntity<Object> answer = handler.wrapped(
                new CommandExecutionException("failed", new RefusedCommandException(sentence)), request);
        assertThat(answer.getStatusCode().value()).isEqualTo(409);
        assertThat(((ProblemDetail) answer.getBody()).getDetail()).isEqualTo(sentence);

        ResponseEntity<Object> stale = handler.wrapped(new CommandExecutionException("failed",
                new ConflictingAggregateVersionException("abc", 1, 2)), request);
        assertThat(((ProblemDetail) stale.getBody()).getDetail()).isEqualTo(ApiExceptionHandler.STALE);

        ResponseEntity<Object> unknown = handler.wrapped(
                new CommandExecutionException("remote failure", null, "details"), request);
        assertThat(unknown.getStatusCode().value()).isEqualTo(500);
    }
}
