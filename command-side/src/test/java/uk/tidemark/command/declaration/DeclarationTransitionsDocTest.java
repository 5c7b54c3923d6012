package uk.tidemark.command.declaration;

import org.junit.jupiter.api.Test;
import uk.tidemark.command.GeneratedDoc;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/declaration-transitions.md is rendered from the code table; this fails when they differ. */
class DeclarationTransitionsDocTest {

    @Test
    void docsMatchTheTransitionTable() throws IOException {
        GeneratedDoc.check("declaration-transitions.md", DeclarationTransitions.toMarkdown(),
                "DeclarationTransitions/DeclarationRule", "DeclarationTransitionsDocTest");
    }

    @Test
    void docsNameEveryCommandEveryRefusalEveryRuleAndTheDeadline() {
        String rendered = DeclarationTransitions.toMarkdown();
        DeclarationTransitions.rows().forEach(row -> {
            assertThat(rendered).contains("| `" + row.command().getSimpleName() + "` |");
            row.refusals().values().forEach(sentence -> assertThat(rendered).contains(sentence));
        });
        for (DeclarationRule rule : DeclarationRule.values()) {
            assertThat(rendered).contains(rule.sentence());
        }
        assertThat(rendered).contains("| DECLARATION_DECISION |");
    }
}
