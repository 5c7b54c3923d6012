package uk.tidemark.app.web.page;

import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.tidemark.app.account.TidemarkUser;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A case page's actions are read from its API controller's {@link PageForm}s: in the order of the case's transition
 * table, each under the page's path beside the API's, with its fields' words; and an action the table does not know,
 * or whose method takes what a form cannot give, stops the start instead of failing in front of a user.
 */
class CaseActionsTest {

    record Note(String text) {
    }

    record Reply(String response) {
    }

    static final class Open {
    }

    static final class Close {
    }

    static final class Answer {
    }

    static final class Unknown {
    }

    @RequestMapping("/api/things/{id}")
    static class Things {
        @PostMapping("/close")
        @PageForm(value = "close", command = Close.class, done = "Closed.", labels = "text=Why")
        void close(@PathVariable String id, @RequestBody Note body, @RequestHeader("If-Match") String ifMatch,
                   TidemarkUser user) {
        }

        @PostMapping("/questions/{questionId}/answer")
        @PageForm(value = "answer-{questionId}", command = Answer.class, done = "Answered.",
                labels = {"response=Answer", "text=Why"})
        void answer(@PathVariable String id, @PathVariable String questionId, @RequestBody Reply body,
                    TidemarkUser user) {
        }

        @PostMapping("/open")
        @PageForm(value = "open", command = Open.class, done = "Opened.")
        void open(@PathVariable String id, @RequestBody(required = false) Note body, TidemarkUser user) {
        }

        @PostMapping("/not-a-form")
        void notAForm(@PathVariable String id) {
        }
    }

    @RequestMapping("/api/things")
    static class MoreThings {
        @PostMapping("/{id}/reopen")
        @PageForm(value = "reopen", command = Reopen.class, done = "Reopened.")
        void reopen(@PathVariable String id, TidemarkUser user) {
        }
    }

    static final class Reopen {
    }

    @RequestMapping("/api/things/{id}")
    static class UnknownCommand {
        @PostMapping("/odd")
        @PageForm(value = "odd", command = Unknown.class, done = "Done.")
        void odd(@PathVariable String id) {
        }
    }

    @RequestMapping("/api/things/{id}")
    static class QueryParameter {
        @PostMapping("/odd")
        @PageForm(value = "odd", command = Open.class, done = "Done.")
        void odd(@PathVariable String id, @RequestParam String page) {
        }
    }

    @RequestMapping("/api/things/{id}")
    static class OtherHeader {
        @PostMapping("/odd")
        @PageForm(value = "odd", command = Open.class, done = "Done.")
        void odd(@PathVariable String id, @RequestHeader("Idempotency-Key") String key) {
        }
    }

    private static final List<Class<?>> TABLE = List.of(Open.class, Answer.class, Close.class);

    @Test
    void theActionsAreTheAnnotatedMethodsInTheTablesOrderUnderThePagesPath() {
        CaseActions actions = CaseActions.of(Things.class, "/api/things/{id}", "/things/{id}", TABLE);

        assertThat(actions.names()).containsExactly("open", "answer-{questionId}", "close");
        assertThat(actions.all()).extracting(CaseActions.Action::pagePattern)
                .containsExactly("/things/{id}/open", "/things/{id}/questions/{questionId}/answer",
                        "/things/{id}/close");
        assertThat(actions.named("answer-{questionId}").nameFor(Map.of("id", "c1", "questionId", "q7")))
                .isEqualTo("answer-q7");
    }

    @Test
    void aCaseWhoseActionsAreSpreadOverTwoControllersHasOneTableInTheTablesOrder() {
        CaseActions actions = CaseActions.of(List.of(MoreThings.class, Things.class), "/api/things/{id}",
                "/things/{id}", List.of(Open.class, Reopen.class, Answer.class, Close.class));

        assertThat(actions.names()).containsExactly("open", "reopen", "answer-{questionId}", "close");
        assertThat(actions.named("reopen").pagePattern()).isEqualTo("/things/{id}/reopen");
        assertThat(actions.named("reopen").method().getDeclaringClass()).isEqualTo(MoreThings.class);
    }

    @Test
    void eachActionReadsTheRequestRecordItsApiMethodReadsAndNoneWhenTheBodyIsOptional() {
        CaseActions actions = CaseActions.of(Things.class, "/api/things/{id}", "/things/{id}", TABLE);

        assertThat(actions.named("close").body()).isEqualTo(Note.class);
        assertThat(actions.named("answer-{questionId}").body()).isEqualTo(Reply.class);
        assertThat(actions.named("open").body()).isNull();
    }

    @Test
    void theWordsOfTheFieldsAreTheAnnotationsByFormAndSharedWhereTheyAgree() {
        CaseActions actions = CaseActions.of(Things.class, "/api/things/{id}", "/things/{id}", TABLE);

        assertThat(actions.labels()).containsEntry("close", Map.of("text", "Why"))
                .containsEntry("answer-{questionId}", Map.of("response", "Answer", "text", "Why"))
                .containsEntry("open", Map.of());
        assertThat(actions.sharedLabels()).isEqualTo(Map.of("text", "Why", "response", "Answer"));
    }

    @Test
    void theTableDecidesWhichActionsAreOffered() {
        CaseActions actions = CaseActions.of(Things.class, "/api/things/{id}", "/things/{id}", TABLE);

        assertThat(actions.offered(command -> command != Close.class)).containsExactly("open", "answer-{questionId}");
    }

    @Test
    void anActionWithoutARowOrWithAParameterAFormCannotGiveStopsTheStart() {
        assertThatThrownBy(() -> CaseActions.of(UnknownCommand.class, "/api/things/{id}", "/things/{id}", TABLE))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Unknown has no row");
        assertThatThrownBy(() -> CaseActions.of(QueryParameter.class, "/api/things/{id}", "/things/{id}", TABLE))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("cannot give");
        assertThatThrownBy(() -> CaseActions.of(OtherHeader.class, "/api/things/{id}", "/things/{id}", TABLE))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("cannot give");
        assertThatThrownBy(() -> CaseActions.of(Things.class, "/api/other/{id}", "/things/{id}", TABLE))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not an action under");
    }
}
