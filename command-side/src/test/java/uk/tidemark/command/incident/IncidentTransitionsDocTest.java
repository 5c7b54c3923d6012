package uk.tidemark.command.incident;

import org.junit.jupiter.api.Test;
import uk.tidemark.command.GeneratedDoc;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

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
}
