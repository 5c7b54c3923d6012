package uk.tidemark.command.complaint;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/complaint-transitions.md is rendered from the code table; this fails when someone changes one without the
 * other. Run with {@code -Dtidemark.writeDocs=true} to write the file instead of checking it.
 */
class ComplaintTransitionsDocTest {

    /** Surefire runs in the module directory, so the repository's docs/ is one level up. */
    private static final Path DOC = Path.of("..", "docs", "complaint-transitions.md");
    private static final String REGENERATE = "regenerate it from the repository root with: "
            + "mvn -o -pl command-side test -Dtest=ComplaintTransitionsDocTest -Dtidemark.writeDocs=true";

    @Test
    void docsMatchTheTransitionTable() throws IOException {
        String rendered = ComplaintTransitions.toMarkdown();
        if (Boolean.getBoolean("tidemark.writeDocs")) {
            Files.writeString(DOC, rendered, StandardCharsets.UTF_8);
        }
        assertThat(DOC).as("docs/complaint-transitions.md is missing; " + REGENERATE).exists();
        assertThat(Files.readString(DOC, StandardCharsets.UTF_8))
                .as("docs/complaint-transitions.md differs from ComplaintTransitions/ComplaintRule; " + REGENERATE)
                .isEqualTo(rendered);
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
}
