package uk.tidemark.command.incident;

import org.junit.jupiter.api.Test;
import uk.tidemark.command.GeneratedDoc;
import uk.tidemark.kernel.deadline.DeadlineKind;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.kernel.deadline.DeadlineKind.*;

/**
 * docs/incident-transitions.md is rendered from the code table; this fails when someone changes one without the
 * other. Run with {@code -Dtidemark.writeDocs=true} to write the file instead of checking it.
 */
class IncidentTransitionsDocTest {

    @Test
    void docsMatchTheTransitionTable() throws IOException {
        GeneratedDoc.check("incident-transitions.md", IncidentTransitions.toMarkdown(), "IncidentTransitions/IncidentRule",
                "IncidentTransitionsDocTest");
    }

    @Test
    void docsNameEveryCommandAndEveryRule() {
        String rendered = IncidentTransitions.toMarkdown();
        IncidentTransitions.rows().forEach(row -> assertThat(rendered)
                .contains("| `" + row.command().getSimpleName() + "` |"));
        for (IncidentRule rule : IncidentRule.values()) {
            assertThat(rendered).contains(rule.template());
        }
        assertThat(rendered).contains("| Command | What it does | NEW | TRIAGED | CLOSED |");
    }

    @Test
    void docsNameEveryDeadlineTheCaseSets() {
        String rendered = IncidentTransitions.toMarkdown();
        for (DeadlineKind kind : List.of(FIRST_RESPONSE, LADO_REFERRAL, REFERRAL_FOLLOW_UP, WARNING_RESPONSE)) {
            assertThat(rendered).contains("| " + kind);
        }
    }
}
