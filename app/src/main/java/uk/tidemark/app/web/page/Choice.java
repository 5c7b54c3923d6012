package uk.tidemark.app.web.page;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** One option of a select or a radio group: the value sent, the words shown, and an optional hint. */
public record Choice(String value, String label, String hint) {

    public Choice(String value, String label) {
        this(value, label, null);
    }

    /** Every constant of the enum, worded from its name ({@code HARM_THRESHOLD} → "Harm threshold"). */
    public static <E extends Enum<E>> List<Choice> of(Class<E> type) {
        return of(type, Choice::words);
    }

    public static <E extends Enum<E>> List<Choice> of(Class<E> type, Map<E, String> labels) {
        return of(type, e -> labels.getOrDefault(e, words(e)));
    }

    public static <E extends Enum<E>> List<Choice> of(Class<E> type, Function<E, String> label) {
        return Arrays.stream(type.getEnumConstants()).map(e -> new Choice(e.name(), label.apply(e))).toList();
    }

    /** An enum constant's name as words a person reads: {@code POLICE_ACTION} → "Police action". */
    public static String words(Enum<?> value) {
        return value == null ? "" : words(value.name());
    }

    public static String words(String constant) {
        if (constant == null || constant.isEmpty()) {
            return "";
        }
        String spaced = constant.replace('_', ' ').toLowerCase(Locale.ENGLISH);
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
