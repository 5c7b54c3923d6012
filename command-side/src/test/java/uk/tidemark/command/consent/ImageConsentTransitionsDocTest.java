package uk.tidemark.command.consent;

import org.junit.jupiter.api.Test;
import uk.tidemark.command.GeneratedDoc;
import uk.tidemark.kernel.consent.ImageConsentTransitionTable;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/image-consent-transitions.md is rendered from the table; this fails when the two differ. */
class ImageConsentTransitionsDocTest {

    @Test
    void docsMatchTheTransitionTable() throws IOException {
        GeneratedDoc.check("image-consent-transitions.md", ImageConsentTransitions.toMarkdown(),
                "ImageConsentTransitions/ImageConsentRule", "ImageConsentTransitionsDocTest");
    }

    @Test
    void docsNameEveryCommandEveryRefusalEveryRuleAndBothDeadlines() {
        String rendered = ImageConsentTransitions.toMarkdown();
        ImageConsentTransitionTable.rows().forEach(row -> {
            assertThat(rendered).contains("| `" + row.command().getSimpleName() + "` |");
            row.refusals().values().forEach(sentence -> assertThat(rendered).contains(sentence));
        });
        for (ImageConsentRule rule : ImageConsentRule.values()) {
            assertThat(rendered).contains(rule.sentence());
        }
        assertThat(rendered).contains("| CONSENT_REVIEW").contains("| IMAGE_REMOVAL");
    }
}
