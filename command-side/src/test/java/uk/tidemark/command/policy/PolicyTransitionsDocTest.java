package uk.tidemark.command.policy;

import org.junit.jupiter.api.Test;
import uk.tidemark.command.GeneratedDoc;
import uk.tidemark.kernel.policy.PolicyTransitionTable;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/policy-transitions.md is rendered from the code table; run with -Dtidemark.writeDocs=true to write it. */
class PolicyTransitionsDocTest {

    @Test
    void docsMatchTheTransitionTable() throws IOException {
        GeneratedDoc.check("policy-transitions.md", PolicyTransitions.toMarkdown(), "PolicyTransitions/PolicyRule",
                "PolicyTransitionsDocTest");
    }

    @Test
    void docsNameEveryCommandEveryRefusalAndEveryRule() {
        String rendered = PolicyTransitions.toMarkdown();
        PolicyTransitionTable.rows().forEach(row -> {
            assertThat(rendered).contains("| `" + row.command().getSimpleName() + "` |");
            row.refusals().values().forEach(sentence -> assertThat(rendered).contains(sentence));
        });
        for (PolicyRule rule : PolicyRule.values()) {
            assertThat(rendered).contains(rule.sentence());
        }
        assertThat(rendered).contains("| Command | PUBLISHED | RETIRED |", "| POLICY_ACKNOWLEDGEMENT");
    }
}
