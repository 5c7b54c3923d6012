package uk.tidemark.query;

import java.util.Locale;

/** The small pieces every case history's sentences are made of. */
public final class Words {
    /** Free text in a history line is cut to this length: the full text stays in the record's own fields. */
    public static final int MAX_FREE_TEXT = 200;

    private Words() {
    }

    /** FIRST_WRITTEN_WARNING → "first written warning". */
    public static String words(Enum<?> value) {
        return value == null ? "unspecified" : value.name().replace('_', ' ').toLowerCase(Locale.ROOT);
    }

    /** OutcomeDecided → OUTCOME_DECIDED: an event's name, as the API spells enum-like values. */
    public static String typeOf(Object event) {
        return event.getClass().getSimpleName().replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }

    /** One line, at most {@value #MAX_FREE_TEXT} characters. */
    public static String cut(String text) {
        if (text == null) {
            return "";
        }
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() <= MAX_FREE_TEXT ? flat : flat.substring(0, MAX_FREE_TEXT - 1).stripTrailing() + "…";
    }

    /** ": text", or nothing when there is no text. */
    public static String colon(String text) {
        return blank(text) ? "" : ": " + cut(text);
    }

    /** " — text", or nothing when there is no text. */
    public static String dash(String text) {
        return blank(text) ? "" : " — " + cut(text);
    }

    public static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
