package uk.tidemark.command.sar;

import org.junit.jupiter.api.Test;
import uk.tidemark.command.GeneratedDoc;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/subject-access-transitions.md is rendered from the code table; this fails when they differ. */
class SubjectAccessTransitionsDocTest {

    @Test
    void docsMatchTheTransitionTable() throws IOException {
        GeneratedDoc.check("subject-access-transitions.md", SubjectAccessTransitions.toMarkdown(),
                "SubjectAccessTransitions/SubjectAccessRule", "SubjectAccessTransitionsDocTest");
    }

    @Test
    void docsNameEveryCommandEveryRefusalEveryRuleAndTheDeadline() {
        String rendered = SubjectAccessTransitions.toMarkdown();
        SubjectAccessTransitions.rows().forEach(row -> {
            assertThat(rendered).contains("| `" + row.command().getSimpleName() + "` |");
            row.refusals().values().forEach(sentence -> assertThat(rendered).contains(sentence));
        });
        for (SubjectAccessRule rule : SubjectAccessRule.values()) {
            assertThat(rendered).contains(rule.sentence());
        }
        assertThat(rendered).contains("| SUBJECT_ACCESS_RESPONSE |");
    }
}
