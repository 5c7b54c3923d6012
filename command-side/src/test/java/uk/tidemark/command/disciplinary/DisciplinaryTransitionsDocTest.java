package uk.tidemark.command.disciplinary;

import org.junit.jupiter.api.Test;
import uk.tidemark.command.GeneratedDoc;
import uk.tidemark.kernel.deadline.DeadlineKind;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.kernel.deadline.DeadlineKind.*;

/**
 * docs/disciplinary-transitions.md is rendered from the code table; this fails when someone changes one without
 * the other. Run with {@code -Dtidemark.writeDocs=true} to write the file instead of checking it.
 */
class DisciplinaryTransitionsDocTest {

    @Test
    void docsMatchTheTransitionTable() throws IOException {
        GeneratedDoc.check("disciplinary-transitions.md", DisciplinaryTransitions.toMarkdown(), "DisciplinaryTransitions/DisciplinaryRule",
                "DisciplinaryTransitionsDocTest");
    }

    @Test
    void docsNameEveryCommandAndEveryRule() {
        String rendered = DisciplinaryTransitions.toMarkdown();
        DisciplinaryTransitions.rows().forEach(row -> assertThat(rendered)
                .contains("| `" + row.command().getSimpleName() + "` |"));
        for (DisciplinaryRule rule : DisciplinaryRule.values()) {
            assertThat(rendered).contains(rule.template());
        }
        assertThat(rendered).contains(
                "| Command | What it does | OPENED | INVESTIGATION | HEARING_ARRANGED | HEARING_HELD | OUTCOME | APPEAL | CLOSED |");
    }

    @Test
    void docsNameEveryDeadlineTheCaseSets() {
        String rendered = DisciplinaryTransitions.toMarkdown();
        for (DeadlineKind kind : List.of(HEARING_NOTICE, APPEAL_WINDOW, WARNING_EXPIRY)) {
            assertThat(rendered).contains("| " + kind);
        }
    }
}
