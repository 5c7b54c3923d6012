package uk.tidemark.app.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What {@link PageWords#assertWrittenOut} finds in a page's words, and what it leaves alone. */
class WrittenOutCheckTest {

    @Test
    void isoDatesAreFoundWrittenOutOnesAreNot() {
        assertThat(PageWords.ISO_DATE.matcher("response due 2026-12-14").find()).isTrue();
        assertThat(PageWords.ISO_DATE.matcher("due 2026-12-14T17:00:00Z").find()).isTrue();
        assertThat(PageWords.ISO_DATE.matcher("due Monday 14 December 2026, 17:00").find()).isFalse();
        assertThat(PageWords.ISO_DATE.matcher("case RP-26-0042").find()).isFalse();
    }

    @Test
    void constantsAreFoundWordsAndFileNamesAreNot() {
        assertThat(PageWords.UPPER_SNAKE.matcher("Triaged as TRIAGED_HIGH").find()).isTrue();
        assertThat(PageWords.UPPER_SNAKE.matcher("Deadline LADO_REFERRAL missed").find()).isTrue();
        assertThat(PageWords.UPPER_SNAKE.matcher("LADO referral, CEOP, DBS").find()).isFalse();
        assertThat(PageWords.UPPER_SNAKE.matcher("IMG_0042.PNG 18 KB").find()).isFalse();
        assertThat(PageWords.UPPER_SNAKE.matcher("SHA-256 of the file").find()).isFalse();
    }
}
