package uk.tidemark.kernel.report;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The narrative's rules and the published report's id, as values (issue 17, decision 0014). */
class PublicationRulesTest {

    private static final Quarter Q3 = new Quarter(2026, 3);

    @Test
    void theReportOfAQuarterIsTheSameWhateverTheOrderOfItsSettings() {
        QuarterReportId ab = QuarterReportId.of(Q3, List.of("setting-a", "setting-b"));
        assertThat(QuarterReportId.of(Q3, List.of("setting-b", "setting-a", "setting-b"))).isEqualTo(ab);
        assertThat(ab.value()).matches("report-2026-Q3-[0-9a-f]{16}").isEqualTo(ab.toString());
        assertThat(QuarterReportId.of(Q3, List.of("setting-a"))).isNotEqualTo(ab);
        assertThat(QuarterReportId.of(new Quarter(2026, 4), List.of("setting-a", "setting-b"))).isNotEqualTo(ab);
    }

    @Test
    void aNarrativeIsRequiredPlainTextOfAtMost2000Characters() {
        assertThat(Narrative.problem(null)).isEqualTo("is required.");
        assertThat(Narrative.problem(" \n\t ")).isEqualTo("is required.");
        assertThat(Narrative.problem("x".repeat(2000))).isNull();
        assertThat(Narrative.problem("x".repeat(2001))).isEqualTo("must be at most 2000 characters.");
        // characters as people count them: 2,000 emoji are 4,000 UTF-16 units
        assertThat(Narrative.problem("\uD83D\uDE00".repeat(2000))).isNull();
        assertThat(Narrative.problem("Two paragraphs.\n\n\tIndented; <b>not bold</b> & \"quoted\"")).isNull();
        for (String bad : List.of("a\u0000b", "bell\u0007", "a\u001Bb", "lone \uD83D surrogate", "not \uFFFF a char",
                "next line\u0085")) {
            assertThat(Narrative.problem(bad)).as(bad).startsWith("must be plain text");
        }
    }

    @Test
    void aNarrativeKeepsItsWordsAndLineBreaksWithOneLineFeedEach() {
        assertThat(Narrative.normalise("  First line\r\nsecond\rthird\n\n  fourth  \r\n")).isEqualTo(
                "First line\nsecond\nthird\n\n  fourth");
        assertThat(Narrative.normalise(null)).isNull();
    }
}
