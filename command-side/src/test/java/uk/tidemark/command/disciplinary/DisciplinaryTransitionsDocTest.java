package uk.tidemark.command.disciplinary;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/disciplinary-transitions.md is rendered from the code table; this fails when someone changes one without
 * the other. Run with {@code -Dtidemark.writeDocs=true} to write the file instead of checking it.
 */
class DisciplinaryTransitionsDocTest {

    /** Surefire runs in the module directory, so the repository's docs/ is one level up. */
    private static final Path DOC = Path.of("..", "docs", "disciplinary-transitions.md");
    private static final String REGENERATE = "regenerate it from the repository root with: "
            + "mvn -o -pl shared-kernel,command-side test -Dtest=DisciplinaryTransitionsDocTest "
            + "-Dsurefire.failIfNoSpecifiedTests=false -Dtidemark.writeDocs=true";

    @Test
    void docsMatchTheTransitionTable() throws IOException {
        String rendered = DisciplinaryTransitions.toMarkdown();
        if (Boolean.getBoolean("tidemark.writeDocs")) {
            Files.writeString(DOC, rendered, StandardCharsets.UTF_8);
        }
        assertThat(DOC).as("docs/disciplinary-transitions.md is missing; " + REGENERATE).exists();
        assertThat(Files.readString(DOC, StandardCharsets.UTF_8))
                .as("docs/disciplinary-transitions.md differs from DisciplinaryTransitions/DisciplinaryRule; " + REGENERATE)
                .isEqualTo(rendered);
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
}
