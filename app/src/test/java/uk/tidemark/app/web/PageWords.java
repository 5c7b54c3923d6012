package uk.tidemark.app.web;

import org.openqa.selenium.JavascriptExecutor;
import uk.tidemark.app.fixture.TestAccounts;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The words a page shows, as {@link Chromium#check} reads them (issue 16): written-out dates, words not constants,
 * names not usernames. What a person typed into a textarea is theirs, not the page's, and is not read; an element
 * marked as a deliberate exception is left out of the check it is an exception to.
 */
final class PageWords {

    /** An ISO date (2026-12-11) in a page's words: people read "Friday 11 December 2026". */
    static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /**
     * A constant's name (TRIAGED_HIGH) in a page's words: people read words. A file's name as it was sent
     * (IMG_0042.PNG) is not one.
     */
    static final Pattern UPPER_SNAKE = Pattern.compile("\\b[A-Z]{2,}(?:_[A-Z0-9]+)+\\b(?!\\.[A-Za-z0-9]{2,5}\\b)");
    /**
     * The test accounts that have a display name, by username: a page shows the name, never the username.
     * {@code trustee} is left out because it is also an English word a page may use ("a trustee").
     */
    static final List<String> USERNAMES_WITH_NAMES = List.of(TestAccounts.DSL_A, TestAccounts.DEPUTY_A,
            TestAccounts.DSL_B, TestAccounts.DSL_AB, TestAccounts.STAFF_A, TestAccounts.HR, TestAccounts.HEAD_A,
            TestAccounts.ADMIN);

    private PageWords() {
    }

    /**
     * The page's visible text holds no ISO date and no UPPER_SNAKE_CASE value, naming the line that does. An element
     * marked {@code data-raw-value} (a raw value an administrator must see as it is: the audit trail's request
     * details) is not read.
     */
    static void assertWrittenOut(JavascriptExecutor page, String path) {
        List<String> found = new ArrayList<>();
        for (String line : visibleText(page, "textarea, [data-raw-value]").split("\\R")) {
            if (ISO_DATE.matcher(line).find()) {
                found.add("an ISO date in \"" + line.strip() + "\"");
            }
            if (UPPER_SNAKE.matcher(line).find()) {
                found.add("an UPPER_SNAKE_CASE value in \"" + line.strip() + "\"");
            }
        }
        assertThat(found).as("words people read on %s", path).isEmpty();
    }

    /**
     * No username of {@link #USERNAMES_WITH_NAMES} as a whole word in the page's visible text. An element marked
     * {@code data-username-shown} (where an administrator must see the username: the user administration pages, the
     * raw request of an audit entry) is not read.
     */
    static void assertNoUsernames(JavascriptExecutor page, String path) {
        String visible = visibleText(page, "textarea, [data-username-shown]");
        List<String> found = new ArrayList<>();
        for (String username : USERNAMES_WITH_NAMES) {
            Matcher m = Pattern.compile("(?<![\\w.@-])" + Pattern.quote(username) + "(?![\\w@-]|\\.\\w)")
                    .matcher(visible);
            if (m.find()) {
                String around = visible.substring(Math.max(0, m.start() - 40), Math.min(visible.length(), m.end() + 40));
                found.add(username + " in \"…" + around.replace('\n', ' ') + "…\"");
            }
        }
        assertThat(found).as("usernames instead of display names on %s", path).isEmpty();
    }

    /** The body's text as shown (innerText), the elements {@code left} matches hidden while it is read. */
    static String visibleText(JavascriptExecutor page, String left) {
        return String.valueOf(page.executeScript("""
                const hidden = [...document.querySelectorAll(arguments[0])];
                const was = hidden.map(e => e.style.display);
                hidden.forEach(e => e.style.display = 'none');
                try { return document.body.innerText; }
                finally { hidden.forEach((e, i) => e.style.display = was[i]); }
                """, left));
    }
}
