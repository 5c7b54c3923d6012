package uk.tidemark.command.complaint;

import org.junit.jupiter.api.Test;
import uk.tidemark.command.GeneratedDoc;
import uk.tidemark.kernel.deadline.DeadlineKind;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.kernel.deadline.DeadlineKind.*;

/**
 * docs/complaint-transitions.md is rendered from the code table; this fails when someone changes one without the
 * other. Run with {@code -Dtidemark.writeDocs=true} to write the file instead of checking it.
 */
class ComplaintTransitionsDocTest {

    @Test
    void docsMatchTheTransitionTable() throws IOException {
        GeneratedDoc.check("complaint-transitions.md", ComplaintTransitions.toMarkdown(), "ComplaintTransitions/ComplaintRule",
                "ComplaintTransitionsDocTest");
    }

    @Test
    void docsNameEveryCommandEveryRefusalAndEveryRule() {
        String rendered = ComplaintTransitions.toMarkdown();
        ComplaintTransitions.rows().forEach(row -> {
            assertThat(rendered).contains("| `" + row.command().getSimpleName() + "` |");
            row.refusals().values().forEach(sentence -> assertThat(rendered).contains(sentence));
        });
        for (ComplaintRule rule : ComplaintRule.values()) {
            assertThat(rendered).contains(rule.sentence());
        }
        assertThat(rendered).contains("| Command | RECEIVED | ACKNOWLEDGED | INFORMAL | FORMAL | RESPONDED | "
                + "PANEL_REQUESTED | HEARD | DECIDED | CLOSED | WITHDRAWN |");
    }

    @Test
    void docsNameEveryDeadlineTheComplaintSets() {
        String rendered = ComplaintTransitions.toMarkdown();
        for (DeadlineKind kind : List.of(COMPLAINT_ACKNOWLEDGEMENT, COMPLAINT_RESPONSE, COMPLAINT_PANEL)) {
            assertThat(rendered).contains("| " + kind + " |");
        }
    }
}
