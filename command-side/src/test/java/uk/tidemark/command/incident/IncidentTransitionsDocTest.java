package uk.tidemark.command.incident;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/incident-transitions.md is rendered from the code table; this fails when someone changes one without the
 * other. Run with {@code -Dtidemark.writeDocs=true} to write the file instead of checking it.
 */
class IncidentTransitionsDocTest {

    /** Surefire runs in the module directory, so the repository's docs/ is one level up. */
    private static final Path DOC = Path.of("..", "docs", "incident-transitions.md");
    private static final String REGENERATE = "regenerate it from the repository root with: "
            + "mvn -o -pl command-side test -Dtest=IncidentTransitionsDocTest -Dtidemark.writeDocs=true";

    @Test
    void docsMatchTheTransitionTable() throws IOException {
        String rendered = IncidentTransitions.toMarkdown();
        if (Boolean.getBoolean("tidemark.writeDocs")) {
            Files.writeString(DOC, rendered, StandardCharsets.UTF_8);
        }
        assertThat(DOC).as("docs/incident-transitions.md is missing; " + REGENERATE).exists();
        assertThat(Files.readString(DOC, StandardCharsets.UTF_8))
                .as("docs/incident-transitions.md differs from IncidentTransitions/IncidentRule; " + REGENERATE)
                .isEqualTo(rendered);
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
