package uk.tidemark.kernel.report;

/**
 * The narrative the DSL writes for a published quarter (issue 17): plain text, required, at most {@value #MAX}
 * characters (Unicode code points, as people count them), shown exactly as written with its line breaks, never as
 * HTML, never generated. The one place its rules are, for the API's 400 and the aggregate's refusal alike.
 */
public final class Narrative {

    /** The longest narrative, in characters. */
    public static final int MAX = 2000;

    private Narrative() {
    }

    /**
     * The text as it is kept: each line break as one line feed (a browser sends a text area's as CR LF), and the
     * white space before the first and after the last word left out. Null stays null.
     */
    public static String normalise(String text) {
        return text == null ? null : text.replace("\r\n", "\n").replace('\r', '\n').strip();
    }

    /**
     * Why {@code text} cannot be a narrative, worded to follow its field's name ("is required."), or null when it
     * can. Plain text: no control character but the line feed and the tab, and no code that is not a character
     * (a lone surrogate, U+FFFE, U+FFFF), which no page, PDF or CSV could show.
     */
    public static String problem(String text) {
        if (text == null || text.isBlank()) {
            return "is required.";
        }
        if (text.codePointCount(0, text.length()) > MAX) {
            return "must be at most " + MAX + " characters.";
        }
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            boolean control = Character.isISOControl(c) && c != '\n' && c != '\t';
            boolean notACharacter = c < 0x10000 && Character.isSurrogate((char) c) || c == 0xFFFE || c == 0xFFFF;
            if (control || notACharacter) {
                return "must be plain text: words, figures, punctuation and line breaks, without control characters.";
            }
            i += Character.charCount(c);
        }
        return null;
    }
}
