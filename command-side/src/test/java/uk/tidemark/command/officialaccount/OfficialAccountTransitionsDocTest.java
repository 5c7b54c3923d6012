package uk.tidemark.command.officialaccount;

import org.junit.jupiter.api.Test;
import uk.tidemark.command.GeneratedDoc;
import uk.tidemark.kernel.deadline.DeadlineKind;
import uk.tidemark.kernel.officialaccount.OfficialAccountTransitionTable;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.kernel.deadline.DeadlineKind.*;

/**
 * docs/official-account-transitions.md is rendered from the table; this fails when one changes without the other.
 * Run with {@code -Dtidemark.writeDocs=true} to write the file instead of checking it.
 */
class OfficialAccountTransitionsDocTest {

    @Test
    void docsMatchTheTransitionTable() throws IOException {
        GeneratedDoc.check("official-account-transitions.md", OfficialAccountTransitions.toMarkdown(),
                "OfficialAccountTransitions/OfficialAccountRule", "OfficialAccountTransitionsDocTest");
    }

    @Test
    void docsNameEveryCommandRefusalRuleAndDeadline() {
        String rendered = OfficialAccountTransitions.toMarkdown();
        OfficialAccountTransitionTable.rows().forEach(row -> {
            assertThat(rendered).contains("| `" + row.command().getSimpleName() + "` |");
            row.refusals().values().forEach(sentence -> assertThat(rendered).contains(sentence));
        });
        for (OfficialAccountRule rule : OfficialAccountRule.values()) {
            assertThat(rendered).contains(rule.sentence());
        }
        for (DeadlineKind kind : List.of(ACCOUNT_PASSWORD_CHANGE, ACCOUNT_HANDOVER, ACCOUNT_REVIEW, MODERATOR_DBS_RENEWAL)) {
            assertThat(rendered).contains("| " + kind + " |");
        }
        assertThat(rendered).contains("dbs-renewal-years` (default 3)");
    }
}
