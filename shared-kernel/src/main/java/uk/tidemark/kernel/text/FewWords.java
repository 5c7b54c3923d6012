package uk.tidemark.kernel.text;

/**
 * The first few words of a case's free text, to name the case in a list beside its reference (decision 0043):
 * whole words up to {@value #MAX_CHARS} characters, on one line, with an ellipsis when some were left out.
 */
public final class FewWords {

    /** The longest text kept, ellipsis included. */
    public static final int MAX_CHARS = 60;

    private FewWords() {
    }

    /** Null for null or blank text. */
    public static String of(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String line = text.strip().replaceAll("\\s+", " ");
        if (line.length() <= MAX_CHARS) {
            return line;
        }
        String cut = line.substring(0, MAX_CHARS - 1);
        int space = cut.lastIndexOf(' ');
        if (space > MAX_CHARS / 2) {
            cut = cut.substring(0, space);
        }
        return cut.replaceAll("[\\s,;:.\\-]+$", "") + "\u2026";
    }
}
