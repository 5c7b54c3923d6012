package uk.tidemark.command;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A doc in the repository's docs/ that is rendered from a transition table in code. {@link #check} fails when
 * the two differ; run the named test with {@code -Dtidemark.writeDocs=true} to write the file instead.
 */
public final class GeneratedDoc {

    private GeneratedDoc() {
    }

    /**
     * @param fileName the file under docs/ (Surefire runs in the module directory, so docs/ is one level up)
     * @param rendered what the code renders
     * @param source   the classes it is rendered from, for the failure message
     * @param testName the test class to run to regenerate it
     */
    public static void check(String fileName, String rendered, String source, String testName) throws IOException {
        Path doc = Path.of("..", "docs", fileName);
        String regenerate = "regenerate it from the repository root with: mvn -o -pl shared-kernel,command-side test "
                + "-Dtest=" + testName + " -Dsurefire.failIfNoSpecifiedTests=false -Dtidemark.writeDocs=true";
        if (Boolean.getBoolean("tidemark.writeDocs")) {
            Files.writeString(doc, rendered, StandardCharsets.UTF_8);
        }
        assertThat(doc).as("docs/" + fileName + " is missing; " + regenerate).exists();
        assertThat(Files.readString(doc, StandardCharsets.UTF_8))
                .as("docs/" + fileName + " differs from " + source + "; " + regenerate)
                .isEqualTo(rendered);
    }
}
